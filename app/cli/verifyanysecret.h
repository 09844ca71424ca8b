#pragma once

#include "core/deliverysignature.h"

#include <QString>

class CliContext;
class Console;
struct VerifyInput;

// The step that failed, for people: "not valid: the <step> check failed: <reason>".
QString stepName(DeliverySignature::Failure failure);
// "Webhook-Id: <id> (this delivery's id, not the registration's)" on stderr, when it has one.
void printWebhookId(Console &console, const Delivery &delivery);
// verify --any-secret: every secret in the vault is tried (DeliveryAttribution); prints the
// registration that verifies the delivery, or why none does. Exit 0 valid, 1 not valid.
int verifyWithAnySecret(CliContext &context, const VerifyInput &input);
