# Sources of the profiles and register dialogs (owned by the dialogs work).
target_sources(wc_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/eventpicker.cpp ${CMAKE_CURRENT_LIST_DIR}/eventpicker.h
    ${CMAKE_CURRENT_LIST_DIR}/profileform.cpp ${CMAKE_CURRENT_LIST_DIR}/profileform.h
    ${CMAKE_CURRENT_LIST_DIR}/profileform.ui
    ${CMAKE_CURRENT_LIST_DIR}/profilesdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/profilesdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/profilesdialog.ui
    ${CMAKE_CURRENT_LIST_DIR}/registerdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/registerdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/registerdialog.ui
)
