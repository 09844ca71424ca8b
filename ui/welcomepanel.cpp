#include "welcomepanel.h"
#include "ui_welcomepanel.h"

WelcomePanel::WelcomePanel(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::WelcomePanel>())
{
    m_ui->setupUi(this);
    connect(m_ui->addKeysPushButton, &QPushButton::clicked, this, &WelcomePanel::addKeysRequested);
    connect(m_ui->sandboxPushButton, &QPushButton::clicked, this, &WelcomePanel::sandboxRequested);
}

WelcomePanel::~WelcomePanel() = default;
