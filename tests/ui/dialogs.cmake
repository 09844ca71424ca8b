# Tests of the profiles and register dialogs and the Postman import (owned by the dialogs work).
wc_add_test(NAME tst_postmanimport SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_postmanimport.cpp LIBS wc_import)
wc_add_test(NAME tst_registerdialog SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_registerdialog.cpp LIBS wc_ui)
wc_add_test(NAME tst_profilesdialog SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_profilesdialog.cpp LIBS wc_ui
    LABELS keychain)
# Screenshots for people to look at, next to the window's: <build>/screenshots/*.png
foreach(test tst_registerdialog tst_profilesdialog)
    target_compile_definitions(${test} PRIVATE WC_SCREENSHOT_DIR="${CMAKE_BINARY_DIR}/screenshots")
endforeach()
