#pragma once

#include <QString>

// Why the state store could not do what was asked: a sentence naming the file, for people.
struct StateError
{
    QString message;
};
