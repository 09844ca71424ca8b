#include "delivery/deliverylogging.h"

Q_LOGGING_CATEGORY(lcDelivery, "console.delivery", QtInfoMsg)
