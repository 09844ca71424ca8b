# Tests of the profiles and register dialogs and the Postman import (owned by the dialogs work).
wc_add_test(NAME tst_postmanimport SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_postmanimport.cpp)
wc_add_test(NAME tst_registerdialog SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_registerdialog.cpp LIBS wc_ui)
wc_add_test(NAME tst_profilesdialog SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_profilesdialog.cpp LIBS wc_ui
    LABELS keychain)
