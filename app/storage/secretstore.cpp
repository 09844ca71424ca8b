#include "storage/secretstore.h"

QString KeychainError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::NotFound: return QStringLiteral("NotFound");
    case Kind::NoBackend: return QStringLiteral("NoBackend");
    case Kind::AccessDenied: return QStringLiteral("AccessDenied");
    case Kind::Timeout: return QStringLiteral("Timeout");
    case Kind::Other: break;
    }
    return QStringLiteral("Other");
}
