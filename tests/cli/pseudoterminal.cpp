#include "pseudoterminal.h"

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

PseudoTerminal::PseudoTerminal()
{
    m_master = ::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (m_master < 0)
        return;
    if (::grantpt(m_master) != 0 || ::unlockpt(m_master) != 0) {
        ::close(m_master);
        m_master = -1;
        return;
    }
    m_deviceName = QString::fromLocal8Bit(::ptsname(m_master));
    ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
}

PseudoTerminal::~PseudoTerminal()
{
    if (m_master >= 0)
        ::close(m_master);
}

void PseudoTerminal::type(const QByteArray &text)
{
    shown();
    qsizetype offset = 0;
    while (offset < text.size()) {
        const ssize_t written = ::write(m_master, text.constData() + offset, size_t(text.size() - offset));
        if (written <= 0)
            return;
        offset += written;
    }
}

QByteArray PseudoTerminal::shown()
{
    char buffer[4096];
    ssize_t count = 0;
    while (m_master >= 0 && (count = ::read(m_master, buffer, sizeof buffer)) > 0)
        m_shown.append(buffer, count);
    return m_shown;
}
