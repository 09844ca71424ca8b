#include "secretfile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace SecretFile {

std::optional<QString> write(const QString &fileName, const QString &secret)
{
    QSaveFile file(fileName);
    // The permissions are set on the temporary file before anything is written to it.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(secret.toUtf8()) < 0 || !file.commit()) {
        return QCoreApplication::translate("SecretFile", "Could not write %1: %2")
            .arg(fileName, file.errorString());
    }
    return std::nullopt;
}

} // namespace SecretFile
