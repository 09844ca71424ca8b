#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

// The console's preferences: for now the language (the system's, or one chosen here), saved in
// QSettings and taking effect at the next start.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // The language setting chosen in the dialog: a code, or Translations::systemSetting().
    QString languageSetting() const;

    void accept() override;

private:
    void updateRestartNote();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    QString m_savedSetting;
};
