#pragma once

#include <QWidget>

class ConsoleSession;
class QLabel;

// The status bar's facts: environment, MSN, token valid until, last refreshed at and the
// number of webhooks (and how many the filter shows).
class StatusBarInfo final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBarInfo)

public:
    explicit StatusBarInfo(QWidget *parent = nullptr);

    void update(const ConsoleSession &session, int shownRows);

    QString environmentText() const;
    QString msnText() const;
    QString tokenText() const;
    QString refreshedText() const;
    QString countText() const;

private:
    static void setText(QLabel *label, const QString &text);

    QLabel *m_environment;
    QLabel *m_msn;
    QLabel *m_token;
    QLabel *m_refreshed;
    QLabel *m_count;
};
