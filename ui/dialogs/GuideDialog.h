#pragma once

#include <QDialog>
#include <QLocale>
#include <QUrl>

class QTextBrowser;

namespace clientele::ui {

// Help ▸ User Guide (F1): the HTML guide compiled in under :/guide/<language>/ (resources/guide),
// shown in the UI language in a QTextBrowser: links between pages, Back/Forward, screenshots from
// :/guide/img. Not modal, so it can stay open beside the window.
class GuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GuideDialog(QWidget* parent = nullptr);
    // Shows `page` ("index.html", "dashboard.html" …) of the guide in the UI language.
    void openPage(const QString& page);
    QTextBrowser* browser() const { return m_browser; }

    static QString language(const QLocale& locale = QLocale()); // "zh_CN" or "en"
    static QUrl pageUrl(const QString& page, const QLocale& locale = QLocale());

private:
    QTextBrowser* m_browser = nullptr;
};

} // namespace clientele::ui
