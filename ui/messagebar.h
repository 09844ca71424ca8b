#pragma once

#include <QFrame>
#include <QStringList>

#include <functional>

class ApiError;
class QLabel;
class QPushButton;
class QToolButton;

// A non-modal bar above the table for errors and notices: a title, a detail, the field errors
// the API named, its trace id (support asks for it), "Copy details" and a dismiss button. It
// never blocks the window; the window hides it when the next call succeeds.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Level {
        Information,
        Warning,
        Error
    };

    explicit MessageBar(QWidget *parent = nullptr);

    // The error's summary is the title unless `title` says what failed ("2 of 3 deletions failed").
    void showError(const ApiError &error, const QString &title = {});
    void showMessage(Level level, const QString &title, const QString &detail = {});
    // An extra button on the bar (e.g. "Open Profiles…"); cleared by the next show.
    void setAction(const QString &text, std::function<void()> action);
    void dismiss();

    Level level() const { return m_level; }
    QString title() const;
    QString detail() const;
    QStringList fieldErrors() const { return m_fieldErrors; }
    QString traceId() const { return m_traceId; }

Q_SIGNALS:
    void dismissed();

private:
    void present(Level level, const QString &title, const QString &detail, const QStringList &fieldErrors,
                 const QString &traceId, const QString &details);
    void applyLevelStyle();

    QLabel *m_iconLabel;
    QLabel *m_titleLabel;
    QLabel *m_detailLabel;
    QLabel *m_fieldErrorsLabel;
    QLabel *m_traceIdLabel;
    QPushButton *m_actionButton;
    QPushButton *m_copyButton;
    QToolButton *m_dismissButton;
    Level m_level = Level::Information;
    QStringList m_fieldErrors;
    QString m_traceId;
    QString m_details;
    std::function<void()> m_action;
};
