# Tests of the delivery dialogs: verify a delivery, send a test delivery, simulate an event and
# the register dialog's URL preflight (owned by the delivery GUI work). Real widgets on the
# offscreen platform; the sandbox and local receivers (tests/delivery/testreceiver, HTTPS with
# the test CA, trusted per test through DeliveryService's test seam) over loopback sockets; the
# real keychain under scripts/with-test-keyring (label "keychain"; outside it those parts skip).
set(delivery_receiver ${CMAKE_CURRENT_LIST_DIR}/../delivery/testreceiver.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../delivery/testreceiver.h)
wc_add_test(NAME tst_verifydelivery SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_verifydelivery.cpp
    ${CMAKE_CURRENT_LIST_DIR}/uitestsupport.h LIBS wc_ui LABELS keychain)
wc_add_test(NAME tst_sendtest SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sendtest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/uitestsupport.h ${delivery_receiver} LIBS wc_ui LABELS keychain)
wc_add_test(NAME tst_simulateevent SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_simulateevent.cpp
    ${CMAKE_CURRENT_LIST_DIR}/uitestsupport.h ${delivery_receiver} LIBS wc_ui LABELS keychain)
wc_add_test(NAME tst_preflightwidget SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_preflightwidget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/uitestsupport.h ${delivery_receiver} LIBS wc_ui LABELS keychain)
# Screenshots for people to look at, next to the window's: <build>/screenshots/*.png
foreach(test tst_verifydelivery tst_sendtest tst_simulateevent tst_preflightwidget)
    target_compile_definitions(${test} PRIVATE WC_SCREENSHOT_DIR="${CMAKE_BINARY_DIR}/screenshots")
    target_include_directories(${test} PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../delivery)
endforeach()
# Issue 14 in the window: Verify with any stored secret, duplicates flagged, test notes, profile kinds.
wc_add_test(NAME tst_pspwindow SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pspwindow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/uitestsupport.h LIBS wc_ui LABELS keychain)
