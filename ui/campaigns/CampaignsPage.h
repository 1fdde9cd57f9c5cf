#pragma once

#include "pages/Page.h"

#include <QDate>

class QAction;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace clientele::ui {

// Campaigns: the list with each one's conversion lift, a new campaign (CampaignDialog), the contact
// list's export, working through it one by one, marking everyone contacted, and the results of the
// selected campaign (groups, lift with its 95% interval, the summary in plain words).
class CampaignsPage : public Page
{
    Q_OBJECT
public:
    explicit CampaignsPage(core::storage::Database& database, QWidget* parent = nullptr);

    QString title() const override;
    QString menuText() const override;
    QString guideTopic() const override { return QStringLiteral("campaigns.html"); }
    QString menuTitle() const override;
    QList<QAction*> pageActions() override;
    void refresh() override;
    void showItem(qint64 campaignId) override; // the dashboard's last campaigns open one here

    qint64 selectedCampaign() const;
    void selectCampaign(qint64 id);
    QTableWidget* list() const { return m_list; }
    QTextBrowser* resultsView() const { return m_results; }

    // The actions (public for menus and tests).
    void newCampaign();
    void exportSelected(const QString& path = {}); // empty: ask where
    void workThrough();
    void markAllContacted(const QDate& date = {}); // invalid: ask (default today)

private:
    void showResults();
    void updateActions();

    QTableWidget* m_list;
    QTextBrowser* m_results;
    QPushButton* m_exportButton;
    QPushButton* m_workButton;
    QPushButton* m_markButton;
    QAction* m_newAction;
    QAction* m_exportAction;
    QAction* m_workAction;
    QAction* m_markAction;
};

} // namespace clientele::ui
