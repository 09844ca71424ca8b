#include "preferencesdialog.h"
#include "ui_preferencesdialog.h"

#include "core/translations.h"

#include <QFontMetrics>
#include <QLayout>
#include <QPushButton>

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PreferencesDialog>()),
      m_savedSetting(Translations::savedSetting())
{
    m_ui->setupUi(this);
    m_ui->languageComboBox->addItem(tr("System default"), Translations::systemSetting());
    for (const Translations::Language &language : Translations::available())
        m_ui->languageComboBox->addItem(language.nativeName, language.code); // names in their own language
    const int current = m_ui->languageComboBox->findData(
        m_savedSetting.isEmpty() ? Translations::systemSetting() : m_savedSetting);
    m_ui->languageComboBox->setCurrentIndex(current < 0 ? 0 : current);
    connect(m_ui->languageComboBox, &QComboBox::currentIndexChanged, this,
            &PreferencesDialog::updateRestartNote);
    // Wide enough for its title in a title bar and for the restart note on a few lines, in any
    // language (the combo box alone made it narrower than its title).
    QFont titleFont = font();
    titleFont.setBold(true);
    setMinimumWidth(std::max({minimumSizeHint().width(), fontMetrics().averageCharWidth() * 50,
                              QFontMetrics(titleFont).horizontalAdvance(windowTitle()) + 140}));
    updateRestartNote();
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::languageSetting() const
{
    return m_ui->languageComboBox->currentData().toString();
}

void PreferencesDialog::accept()
{
    Translations::saveSetting(languageSetting());
    QDialog::accept();
}

void PreferencesDialog::updateRestartNote()
{
    const QString saved = m_savedSetting.isEmpty() ? Translations::systemSetting() : m_savedSetting;
    m_ui->restartNoteLabel->setVisible(languageSetting() != saved);
    // The note wraps: the dialog grows to the height it needs at its width (a layout's minimum
    // size does not count wrapped lines, so it would stay as it was and cut the note).
    if (!isVisible())
        return; // the first show sizes the dialog for what it holds
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}
