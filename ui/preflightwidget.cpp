#include "preflightwidget.h"

#include "delivery/urlpreflight.h"
#include "fieldmessage.h"

#include <QEvent>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace {

using Kind = PreflightCheck::Kind;
using Outcome = PreflightCheck::Outcome;

const QList<Kind> AllKinds{Kind::Scheme, Kind::Port,     Kind::Address,
                           Kind::Tls,    Kind::Redirect, Kind::Delivery};
constexpr int IconSize = 16;

// The dialogs' colours (FieldMessage): fine, a warning, an error; greyed when not checked.
QColor outcomeColor(Outcome outcome, const QPalette &palette)
{
    switch (outcome) {
    case Outcome::Pass: return FieldMessage::color(palette, FieldSeverity::Ok);
    case Outcome::Warn: return FieldMessage::color(palette, FieldSeverity::Warning);
    case Outcome::Fail: return FieldMessage::color(palette, FieldSeverity::Error);
    case Outcome::Skipped: break;
    }
    return palette.color(QPalette::Disabled, QPalette::WindowText);
}

} // namespace

QIcon PreflightWidget::outcomeIcon(Outcome outcome, const QPalette &palette)
{
    QIcon icon;
    for (const int scale : {1, 2}) {
        const int size = IconSize * scale;
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(scale, scale);
        const QColor color = outcomeColor(outcome, palette);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QRectF(1, 1, IconSize - 2, IconSize - 2));
        QPen pen(Qt::white, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        switch (outcome) {
        case Outcome::Pass: {
            QPainterPath tick;
            tick.moveTo(4.5, 8.5);
            tick.lineTo(7, 11);
            tick.lineTo(11.5, 5.5);
            painter.drawPath(tick);
            break;
        }
        case Outcome::Warn:
            painter.drawLine(QPointF(8, 4), QPointF(8, 9));
            painter.drawPoint(QPointF(8, 12));
            break;
        case Outcome::Fail:
            painter.drawLine(QPointF(5.5, 5.5), QPointF(10.5, 10.5));
            painter.drawLine(QPointF(10.5, 5.5), QPointF(5.5, 10.5));
            break;
        case Outcome::Skipped: painter.drawLine(QPointF(5, 8), QPointF(11, 8)); break;
        }
        painter.end();
        pixmap.setDevicePixelRatio(scale);
        icon.addPixmap(pixmap);
    }
    return icon;
}

PreflightWidget::PreflightWidget(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("preflightWidget"));
    m_summary->setObjectName(QStringLiteral("preflightSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(4);
    layout->addWidget(m_summary);
    layout->addLayout(m_grid);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(3);
    m_grid->setColumnStretch(3, 1);

    int line = 0;
    for (const Kind kind : AllKinds) {
        const QString id = PreflightCheck::idOf(kind);
        Row row;
        row.icon = new QLabel(this);
        row.title = new QLabel(this);
        row.outcome = new QLabel(this);
        row.reason = new QLabel(this);
        row.icon->setObjectName(QStringLiteral("preflightIcon_") + id);
        row.title->setObjectName(QStringLiteral("preflightTitle_") + id);
        row.outcome->setObjectName(QStringLiteral("preflightOutcome_") + id);
        row.reason->setObjectName(QStringLiteral("preflightReason_") + id);
        row.icon->setFixedSize(IconSize, IconSize);
        QFont bold = row.title->font();
        bold.setBold(true);
        row.title->setFont(bold);
        row.reason->setWordWrap(true);
        row.reason->setTextFormat(Qt::PlainText);
        row.reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.reason->setMinimumWidth(200);
        m_grid->addWidget(row.icon, line, 0, Qt::AlignTop);
        m_grid->addWidget(row.title, line, 1, Qt::AlignTop);
        m_grid->addWidget(row.outcome, line, 2, Qt::AlignTop);
        m_grid->addWidget(row.reason, line, 3, Qt::AlignTop);
        m_rows.insert(int(kind), row);
        ++line;
    }
    retranslate();
    hide();
}

PreflightWidget::~PreflightWidget() = default;

std::optional<PreflightCheck> PreflightWidget::check(Kind kind) const
{
    for (const PreflightCheck &check : m_checks) {
        if (check.kind == kind)
            return check;
    }
    return std::nullopt;
}

void PreflightWidget::start(UrlPreflight *preflight, const QUrl &url, const QString &secretOrEmpty)
{
    const bool wasRunning = isRunning();
    delete m_run; // aborts the previous run: its callbacks never arrive
    m_url = url;
    m_checks.clear();
    m_report.reset();
    m_stopped = false;
    for (Row &row : m_rows)
        showPending(row, tr("Waiting"));

    m_run = new QObject(this);
    preflight->check(
        url, secretOrEmpty, m_run,
        [this](const PreflightReport &report) {
            m_run->deleteLater();
            m_run.clear();
            m_report = report;
            m_checks = report.checks;
            for (const PreflightCheck &check : report.checks)
                showCheck(check);
            updateSummary();
            Q_EMIT runningChanged(false);
            Q_EMIT finished(report);
        },
        [this](const PreflightCheck &check) {
            m_checks.append(check);
            showCheck(check);
            updateSummary();
        });
    updateSummary();
    show();
    if (!wasRunning)
        Q_EMIT runningChanged(true);
}

void PreflightWidget::cancel()
{
    if (!isRunning())
        return;
    delete m_run;
    m_stopped = true;
    for (const Kind kind : AllKinds) {
        if (!check(kind))
            showPending(m_rows[int(kind)], tr("Stopped"));
    }
    updateSummary();
    Q_EMIT runningChanged(false);
}

void PreflightWidget::clear()
{
    cancel();
    m_checks.clear();
    m_report.reset();
    m_url.clear();
    m_stopped = false;
    hide();
}

void PreflightWidget::showCheck(const PreflightCheck &check)
{
    Row &row = m_rows[int(check.kind)];
    row.icon->setPixmap(outcomeIcon(check.outcome, palette()).pixmap(IconSize, IconSize));
    row.icon->setToolTip(PreflightCheck::outcomeName(check.outcome));
    row.icon->setAccessibleName(PreflightCheck::outcomeName(check.outcome));
    row.outcome->setText(PreflightCheck::outcomeName(check.outcome));
    QPalette palette = row.outcome->palette();
    palette.setColor(QPalette::WindowText, outcomeColor(check.outcome, this->palette()));
    row.outcome->setPalette(palette);
    row.reason->setText(check.reason);
    row.reason->setEnabled(check.outcome != Outcome::Skipped);
}

void PreflightWidget::showPending(Row &row, const QString &text)
{
    row.icon->clear();
    row.icon->setToolTip({});
    row.outcome->setText(text);
    row.outcome->setPalette(palette());
    row.reason->clear();
    row.reason->setEnabled(false);
}

void PreflightWidget::updateSummary()
{
    const QString url = m_url.toDisplayString().toHtmlEscaped();
    if (isRunning()) {
        m_summary->setText(tr("Checking %1 as Vipps MobilePay would call it (%2 of %3 checks done)…")
                               .arg(url)
                               .arg(m_checks.size())
                               .arg(AllKinds.size()));
        return;
    }
    if (m_stopped) {
        m_summary->setText(tr("The check of %1 was stopped.").arg(url));
        return;
    }
    if (!m_report) {
        m_summary->clear();
        return;
    }
    QString text;
    switch (m_report->overall()) {
    case Outcome::Fail:
        text
            = tr("<b>%1 fails the check.</b> Vipps MobilePay could not deliver to it: fix what failed before "
                 "registering.");
        break;
    case Outcome::Warn: text = tr("<b>%1 passes, with warnings.</b>"); break;
    case Outcome::Pass:
    case Outcome::Skipped: text = tr("<b>%1 passes every check.</b>"); break;
    }
    text = text.arg(url);
    if (m_report->throwawaySecret && m_report->delivery) {
        text += QLatin1Char(' ')
            + tr("The test POST was signed with a made-up secret (the real one exists only after "
                 "registration), "
                 "so a 401 or 403 answer is only a warning.")
                  .toHtmlEscaped();
    }
    m_summary->setText(text);
}

void PreflightWidget::retranslate()
{
    for (const Kind kind : AllKinds) {
        Row &row = m_rows[int(kind)];
        row.title->setText(PreflightCheck::titleOf(kind));
        if (const auto found = check(kind))
            showCheck(*found);
        else if (isRunning())
            showPending(row, tr("Waiting"));
        else if (m_stopped)
            showPending(row, tr("Stopped"));
    }
    updateSummary();
}

void PreflightWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        retranslate();
    QWidget::changeEvent(event);
}
