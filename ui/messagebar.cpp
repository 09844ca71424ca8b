#include "messagebar.h"

#include "core/apierror.h"
#include "secretclipboard.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent), m_iconLabel(new QLabel(this)), m_titleLabel(new QLabel(this)),
      m_detailLabel(new QLabel(this)), m_fieldErrorsLabel(new QLabel(this)), m_traceIdLabel(new QLabel(this)),
      m_actionButton(new QPushButton(this)), m_copyButton(new QPushButton(tr("Copy details"), this)),
      m_dismissButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_iconLabel->setObjectName(QStringLiteral("iconLabel"));
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_detailLabel->setObjectName(QStringLiteral("detailLabel"));
    m_fieldErrorsLabel->setObjectName(QStringLiteral("fieldErrorsLabel"));
    m_traceIdLabel->setObjectName(QStringLiteral("traceIdLabel"));
    m_actionButton->setObjectName(QStringLiteral("actionPushButton"));
    m_copyButton->setObjectName(QStringLiteral("copyDetailsPushButton"));
    m_dismissButton->setObjectName(QStringLiteral("dismissToolButton"));

    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    for (QLabel *label : {m_titleLabel, m_detailLabel, m_fieldErrorsLabel, m_traceIdLabel}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_iconLabel->setAlignment(Qt::AlignTop);

    m_copyButton->setToolTip(tr("Copy the whole error, trace id included, for a support request"));
    m_dismissButton->setAutoRaise(true);
    m_dismissButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_dismissButton->setToolTip(tr("Dismiss"));
    m_dismissButton->setAccessibleName(tr("Dismiss"));

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_titleLabel);
    text->addWidget(m_detailLabel);
    text->addWidget(m_fieldErrorsLabel);
    text->addWidget(m_traceIdLabel);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_actionButton);
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_dismissButton);
    buttons->setAlignment(Qt::AlignTop);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_iconLabel);
    layout->addLayout(text, 1);
    layout->addLayout(buttons);

    connect(m_copyButton, &QPushButton::clicked, this, [this] { SecretClipboard::copyText(m_details); });
    connect(m_dismissButton, &QToolButton::clicked, this, &MessageBar::dismiss);
    connect(m_actionButton, &QPushButton::clicked, this, [this] {
        if (m_action)
            m_action();
    });

    hide();
}

void MessageBar::showError(const ApiError &error, const QString &title)
{
    QStringList fields;
    for (const FieldError &field : error.fieldErrors)
        fields << (field.name.isEmpty() ? field.reason : tr("%1: %2").arg(field.name, field.reason));

    QStringList lines;
    if (!title.isEmpty())
        lines << error.summary();
    // The summary usually contains the detail already; repeat it only when it does not.
    if (!error.detail.isEmpty() && !error.summary().contains(error.detail))
        lines << error.detail;
    if (!error.hint().isEmpty())
        lines << error.hint();
    const QString heading = title.isEmpty() ? error.summary() : title;
    const QString details = title.isEmpty() ? error.details() : title + QLatin1Char('\n') + error.details();
    present(Level::Error, heading, lines.join(QLatin1Char('\n')), fields, error.traceId, details);
}

void MessageBar::showMessage(Level level, const QString &title, const QString &detail)
{
    const QString details = detail.isEmpty() ? title : title + QLatin1Char('\n') + detail;
    present(level, title, detail, {}, {}, details);
}

void MessageBar::setAction(const QString &text, std::function<void()> action)
{
    m_action = std::move(action);
    m_actionButton->setText(text);
    m_actionButton->setVisible(bool(m_action));
}

void MessageBar::dismiss()
{
    if (isHidden())
        return;
    hide();
    Q_EMIT dismissed();
}

QString MessageBar::title() const
{
    return m_titleLabel->text();
}

QString MessageBar::detail() const
{
    return m_detailLabel->text();
}

void MessageBar::present(Level level, const QString &title, const QString &detail,
                         const QStringList &fieldErrors, const QString &traceId, const QString &details)
{
    m_level = level;
    m_fieldErrors = fieldErrors;
    m_traceId = traceId;
    m_details = details;
    m_action = {};

    m_titleLabel->setText(title);
    m_detailLabel->setText(detail);
    m_detailLabel->setVisible(!detail.isEmpty());
    QStringList bullets;
    for (const QString &field : fieldErrors)
        bullets << QStringLiteral("• ") + field;
    m_fieldErrorsLabel->setText(bullets.join(QLatin1Char('\n')));
    m_fieldErrorsLabel->setVisible(!fieldErrors.isEmpty());
    m_traceIdLabel->setText(tr("Trace id: %1").arg(traceId));
    m_traceIdLabel->setVisible(!traceId.isEmpty());
    m_actionButton->hide();
    m_copyButton->setVisible(level != Level::Information);
    applyLevelStyle();
    show();
}

void MessageBar::applyLevelStyle()
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QColor background(0xe8, 0xf0, 0xfe);
    QColor border(0xa8, 0xc7, 0xfa);
    switch (m_level) {
    case Level::Information: break;
    case Level::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        background = QColor(0xfe, 0xf7, 0xe0);
        border = QColor(0xf9, 0xd8, 0x7c);
        break;
    case Level::Error:
        icon = QStyle::SP_MessageBoxCritical;
        background = QColor(0xfc, 0xe8, 0xe6);
        border = QColor(0xf2, 0xb8, 0xb5);
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize) * 2;
    m_iconLabel->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    setStyleSheet(
        QStringLiteral("QFrame#messageBar { background: %1; border: 1px solid %2; border-radius: 4px; }"
                       " QFrame#messageBar QLabel { color: #202124; }")
            .arg(background.name(), border.name()));
}
