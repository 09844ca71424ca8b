#pragma once

#include <QCoreApplication>

// The translation context of every message of the command line:
// Cli::tr("...") is QCoreApplication::translate("Cli", "...").
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
