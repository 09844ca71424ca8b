#include "cli/productionconfirmation.h"

#include "cli/cli.h"
#include "cli/console.h"
#include "cli/exitcode.h"
#include "storage/profile.h"

namespace ProductionConfirmation {

std::optional<CliError> require(Console &console, const Profile &profile, bool assumeYes, const Texts &texts)
{
    if (!profile.isProduction() || assumeYes)
        return std::nullopt;
    if (!Console::stdinIsTerminal())
        return CliError{ExitCode::Usage, texts.noTerminal};
    const QString prompt = Cli::tr("%1 Type %2 to confirm: ").arg(texts.question, profile.bucket());
    const auto answer = console.readLine(prompt, false);
    if (!answer || answer->trimmed() != profile.bucket())
        return CliError{ExitCode::Refused, texts.declined};
    return std::nullopt;
}

} // namespace ProductionConfirmation
