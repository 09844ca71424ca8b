# Sources of the delivery dialogs (verify a delivery, send a test delivery, simulate an event,
# the callback URL preflight), owned by the delivery GUI work.
target_sources(wc_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/deliveryactions.cpp ${CMAKE_CURRENT_LIST_DIR}/deliveryactions.h
    ${CMAKE_CURRENT_LIST_DIR}/deliveryinput.cpp ${CMAKE_CURRENT_LIST_DIR}/deliveryinput.h
    ${CMAKE_CURRENT_LIST_DIR}/deliveryinput.ui
    ${CMAKE_CURRENT_LIST_DIR}/preflightwidget.cpp ${CMAKE_CURRENT_LIST_DIR}/preflightwidget.h
    ${CMAKE_CURRENT_LIST_DIR}/rawtextedit.cpp ${CMAKE_CURRENT_LIST_DIR}/rawtextedit.h
    ${CMAKE_CURRENT_LIST_DIR}/resultbanner.cpp ${CMAKE_CURRENT_LIST_DIR}/resultbanner.h
    ${CMAKE_CURRENT_LIST_DIR}/revealaction.cpp ${CMAKE_CURRENT_LIST_DIR}/revealaction.h
    ${CMAKE_CURRENT_LIST_DIR}/sendtestdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/sendtestdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/sendtestdialog.ui
    ${CMAKE_CURRENT_LIST_DIR}/simulateeventdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/simulateeventdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/simulateeventdialog.ui
    ${CMAKE_CURRENT_LIST_DIR}/verifydeliverydialog.cpp ${CMAKE_CURRENT_LIST_DIR}/verifydeliverydialog.h
    ${CMAKE_CURRENT_LIST_DIR}/verifydeliverydialog.ui
)
