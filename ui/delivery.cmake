# Sources of the delivery dialogs (verify a delivery, send a test delivery, simulate an event,
# the callback URL preflight), owned by the delivery GUI work.
target_sources(wc_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/preflightwidget.cpp ${CMAKE_CURRENT_LIST_DIR}/preflightwidget.h
)
