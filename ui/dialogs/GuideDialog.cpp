#include "GuideDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

// Resources of a static library are linked only when something refers to them.
static void initGuideResources()
{
    Q_INIT_RESOURCE(guide);
}

namespace clientele::ui {

GuideDialog::GuideDialog(QWidget* parent) : QDialog(parent)
{
    initGuideResources();
    setObjectName(QStringLiteral("guideDialog"));
    setWindowTitle(tr("Clientele User Guide"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* back = new QPushButton(tr("◀ &Back"), this);
    back->setObjectName(QStringLiteral("guideBack"));
    auto* forward = new QPushButton(tr("&Forward ▶"), this);
    forward->setObjectName(QStringLiteral("guideForward"));
    auto* home = new QPushButton(tr("&Contents"), this);
    home->setObjectName(QStringLiteral("guideHome"));
    for (QPushButton* button : {back, forward, home}) {
        button->setAutoDefault(false);
        bar->addWidget(button);
    }
    bar->addStretch();
    layout->addLayout(bar);

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenExternalLinks(true); // web links go to the browser; the guide's own pages stay here
    layout->addWidget(m_browser, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(forward, &QPushButton::clicked, m_browser, &QTextBrowser::forward);
    connect(home, &QPushButton::clicked, this, [this] { openPage(QStringLiteral("index.html")); });
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QPushButton::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] {
        const QString title = m_browser->documentTitle();
        setWindowTitle(title.isEmpty() ? tr("Clientele User Guide") : tr("%1 — Clientele User Guide").arg(title));
    });
    back->setEnabled(false);
    forward->setEnabled(false);
    // Fits a 1024×700 screen with its frame; the screenshots in the pages are 800 pixels wide.
    resize(860, 640);
    openPage(QStringLiteral("index.html"));
}

void GuideDialog::openPage(const QString& page)
{
    m_browser->setSource(pageUrl(page));
}

QString GuideDialog::language(const QLocale& locale)
{
    return locale.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QUrl GuideDialog::pageUrl(const QString& page, const QLocale& locale)
{
    return QUrl(QStringLiteral("qrc:/guide/%1/%2").arg(language(locale), page));
}

} // namespace clientele::ui
