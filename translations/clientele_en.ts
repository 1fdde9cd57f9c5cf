<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
    <context>
        <name>CareRule</name>
        <message>
            <location filename="../core/care/CareRules.cpp" line="60" />
            <source>Birthday greeting</source>
            <translation />
        </message>
        <message>
            <location filename="../core/care/CareRules.cpp" line="62" />
            <source>Revisit after first purchase</source>
            <translation />
        </message>
        <message>
            <location filename="../core/care/CareRules.cpp" line="64" />
            <source>Win-back when dormant</source>
            <translation />
        </message>
        <message>
            <location filename="../core/care/CareRules.cpp" line="66" />
            <source>Call a valuable customer at risk</source>
            <translation />
        </message>
        <message>
            <location filename="../core/care/CareRules.cpp" line="68" />
            <source>Holiday greeting</source>
            <translation />
        </message>
        <message>
            <location filename="../core/care/CareRules.cpp" line="70" />
            <source>Replenish or revisit after a product</source>
            <translation />
        </message>
        <message>
            <location filename="../core/care/CareRules.cpp" line="72" />
            <source>Call back an unhappy survey answer</source>
            <translation />
        </message>
    </context>
    <context>
        <name>ImportField</name>
        <message>
            <location filename="../core/io/ImportField.cpp" line="15" />
            <source>Member code</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="16" />
            <source>Name</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="17" />
            <source>Phone</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="18" />
            <source>E-mail</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="19" />
            <source>WeChat ID</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="20" />
            <source>Gender</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="21" />
            <source>Birthday</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="22" />
            <source>City</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="23" />
            <source>Address</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="24" />
            <source>Source channel</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="25" />
            <source>Joined on</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="26" />
            <source>Notes</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="27" />
            <source>Marketing consent</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="28" />
            <source>Tags</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="29" />
            <source>Order number</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="30" />
            <source>Order date</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="31" />
            <source>Order time</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="32" />
            <source>Amount</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="33" />
            <source>Category</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="34" />
            <source>Channel</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="35" />
            <source>Store</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="36" />
            <source>Quantity</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="37" />
            <source>Unit price</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="38" />
            <source>Line total</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="39" />
            <source>Line discount</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="40" />
            <source>Product code</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="41" />
            <source>Product name</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="42" />
            <source>Refund flag</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportField.cpp" line="67" />
            <source>(not imported)</source>
            <translation />
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <location filename="../ui/widgets/QtTranslationGaps.cpp" line="9" />
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/QtTranslationGaps.cpp" line="10" />
            <source>Drive</source>
            <translation />
        </message>
    </context>
    <context>
        <name>RfmSegment</name>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="32" />
            <source>Important value</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="33" />
            <source>Important development</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="34" />
            <source>Important retention</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="35" />
            <source>Important win-back</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="36" />
            <source>General value</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="37" />
            <source>General development</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="38" />
            <source>General retention</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="39" />
            <source>General win-back</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="40" />
            <source>New</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="41" />
            <source>Champions</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="42" />
            <source>Loyal</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="43" />
            <source>Potential loyalist</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="44" />
            <source>Promising</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="45" />
            <source>Need attention</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="46" />
            <source>About to sleep</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="47" />
            <source>Can't lose them</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="48" />
            <source>At risk</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="49" />
            <source>Hibernating</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="50" />
            <source>Lost</source>
            <translation />
        </message>
    </context>
    <context>
        <name>SegmentationSettings</name>
        <message>
            <location filename="../core/segmentation/SegmentationSettings.cpp" line="25" />
            <location filename="../core/segmentation/SegmentationSettings.cpp" line="119" />
            <source>Unknown tier scheme "%1".</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Stage</name>
        <message>
            <location filename="../core/segmentation/Lifecycle.cpp" line="109" />
            <source>Prospect</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/Lifecycle.cpp" line="110" />
            <source>New</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/Lifecycle.cpp" line="111" />
            <source>Active</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/Lifecycle.cpp" line="112" />
            <source>At risk</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/Lifecycle.cpp" line="113" />
            <source>Dormant</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/Lifecycle.cpp" line="114" />
            <source>Won back</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Tier</name>
        <message>
            <location filename="../core/segmentation/TierRules.cpp" line="117" />
            <source>Diamond</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/TierRules.cpp" line="117" />
            <source>Gold</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/TierRules.cpp" line="118" />
            <source>Silver</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/TierRules.cpp" line="118" />
            <source>Dormant</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/TierRules.cpp" line="119" />
            <source>Strategic</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/TierRules.cpp" line="119" />
            <source>Growth</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/TierRules.cpp" line="120" />
            <source>Basic</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/TierRules.cpp" line="120" />
            <source>No tier</source>
            <translation />
        </message>
    </context>
    <context>
        <name>UnsavedChanges</name>
        <message>
            <location filename="../ui/widgets/UnsavedChanges.cpp" line="11" />
            <source>Unsaved changes</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/UnsavedChanges.cpp" line="12" />
            <source>Discard your changes?</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/UnsavedChanges.cpp" line="20" />
            <source>&amp;Keep Editing</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele-cli</name>
        <message numerus="yes">
            <location filename="../app/cli/RuleCommands.cpp" line="146" />
            <source>Saved %Ln rule(s).</source>
            <translation>
                <numerusform>Saved %Ln rule.</numerusform>
                <numerusform>Saved %Ln rules.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/RuleCommands.cpp" line="170" />
            <source>Dry run of rule %1 (%2 – %3): %Ln action(s); nothing was saved.</source>
            <translation>
                <numerusform>Dry run of rule %1 (%2 – %3): %Ln action; nothing was saved.</numerusform>
                <numerusform>Dry run of rule %1 (%2 – %3): %Ln actions; nothing was saved.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/RuleCommands.cpp" line="173" />
            <source>%Ln event(s) acted on before.</source>
            <translation>
                <numerusform>%Ln event acted on before.</numerusform>
                <numerusform>%Ln events acted on before.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/RuleCommands.cpp" line="195" />
            <source>The rules took %Ln action(s).</source>
            <translation>
                <numerusform>The rules took %Ln action.</numerusform>
                <numerusform>The rules took %Ln actions.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/RuleCommands.cpp" line="197" />
            <source>%Ln more wait for tomorrow (daily limit %1).</source>
            <translation>
                <numerusform>%Ln more wait for tomorrow (daily limit %1).</numerusform>
                <numerusform>%Ln more wait for tomorrow (daily limit %1).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="41" />
            <source>Give one campaign ID (a number), not “%1”.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="59" />
            <source>Usage: clientele-cli campaign create NAME --filter FILTER [options]</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="61" />
            <source>campaign create needs --filter (for example stage=at_risk;tier=gold,diamond).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="68" />
            <source>--holdout is a percent from 0 to 50, not %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="75" />
            <source>--seed is a whole number from 0 to 2^63−1, not “%1”.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="101" />
            <source>Campaign %1 “%2”: %3 to contact, %4 held out (seed %5).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="111" />
            <location filename="../app/cli/CampaignCommands.cpp" line="214" />
            <source>Warning: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="124" />
            <location filename="../app/cli/CustomerCommands.cpp" line="108" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="129" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="356" />
            <location filename="../app/cli/RuleCommands.cpp" line="67" />
            <location filename="../app/cli/ServiceCommands.cpp" line="163" />
            <source>ID</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="124" />
            <location filename="../app/cli/CustomerCommands.cpp" line="108" />
            <location filename="../app/cli/SegmentCommands.cpp" line="293" />
            <location filename="../app/cli/SegmentCommands.cpp" line="322" />
            <location filename="../app/cli/StoreCommands.cpp" line="56" />
            <location filename="../app/cli/ValueCommands.cpp" line="152" />
            <source>Name</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="124" />
            <location filename="../app/cli/CampaignCommands.cpp" line="342" />
            <source>Contact group</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="124" />
            <source>Marked contacted</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="124" />
            <source>Held out</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="125" />
            <source>Contact date</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="125" />
            <source>Conversion lift</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="147" />
            <source>No campaigns yet: clientele-cli campaign create NAME --filter FILTER</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="201" />
            <source>Campaign %1 “%2”</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="202" />
            <source>Audience: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="203" />
            <source>%1 to contact, %2 held out (%3%, seed %4); results window %5 days.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="212" />
            <source>Coupon for the contacted group: %1 (%2 issued)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="215" />
            <source>Message: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="217" />
            <source>First message: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="229" />
            <source>campaign export needs -o FILE.csv.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="232" />
            <source>--encoding is utf-8, utf-8-bom or gb18030, not “%1”.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="249" />
            <source>%1 customers to contact written to %2 (the hold-out of %3 is not in it).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="269" />
            <source>--date is YYYY-MM-DD, not “%1”.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="280" />
            <source>%1 customers marked contacted on %2; each one's timeline shows the message.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="332" />
            <source>Purchases from %1 to %2</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="335" />
            <source>Group</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="335" />
            <location filename="../app/cli/ProductCommands.cpp" line="92" />
            <location filename="../app/cli/SegmentCommands.cpp" line="119" />
            <location filename="../app/cli/SegmentCommands.cpp" line="124" />
            <location filename="../app/cli/SegmentCommands.cpp" line="190" />
            <source>Customers</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="335" />
            <source>Buyers</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="335" />
            <source>Conversion</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="335" />
            <location filename="../app/cli/ProductCommands.cpp" line="92" />
            <location filename="../app/cli/SegmentCommands.cpp" line="190" />
            <location filename="../app/cli/StoreCommands.cpp" line="56" />
            <source>Revenue</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="336" />
            <source>Revenue per customer</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="343" />
            <source>Hold-out</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="347" />
            <source>Conversion lift %1 (95% interval %2 to %3 points, unpooled Wald).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="372" />
            <location filename="../app/cli/StoreCommands.cpp" line="72" />
            <location filename="../app/cli/StoreCommands.cpp" line="167" />
            <source>Usage: clientele-cli %1</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="381" />
            <source>Campaigns with a random hold-out: audience from a filter, contact list, contact marks, measured lift.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="382" />
            <source>The audience, e.g. stage=at_risk;tier=gold,diamond;clv_top=20.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="382" />
            <source>FILTER</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="383" />
            <source>Percent held out at random, 0–50 (default 10).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="383" />
            <source>PCT</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="384" />
            <source>Seed of the hold-out draw (default: a fresh one, recorded).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="384" />
            <location filename="../app/cli/CustomerCommands.cpp" line="332" />
            <location filename="../app/cli/DemoCommand.cpp" line="95" />
            <location filename="../app/cli/DemoCommand.cpp" line="96" />
            <location filename="../app/cli/ImportCommands.cpp" line="582" />
            <location filename="../app/cli/MaintenanceCommands.cpp" line="198" />
            <location filename="../app/cli/MaintenanceCommands.cpp" line="200" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="577" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="597" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="601" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="608" />
            <location filename="../app/cli/MemberCommands.cpp" line="542" />
            <location filename="../app/cli/ProductCommands.cpp" line="116" />
            <location filename="../app/cli/SecurityCommands.cpp" line="289" />
            <location filename="../app/cli/SegmentCommands.cpp" line="550" />
            <location filename="../app/cli/ServiceCommands.cpp" line="550" />
            <location filename="../app/cli/ValueCommands.cpp" line="255" />
            <source>N</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="385" />
            <source>Message with {name} {tier} {points} {balance} {coupon} {birthday} {store}.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="386" />
            <location filename="../app/cli/CustomerCommands.cpp" line="329" />
            <location filename="../app/cli/MaintenanceCommands.cpp" line="195" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="580" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="594" />
            <location filename="../app/cli/MemberCommands.cpp" line="554" />
            <location filename="../app/cli/ServiceCommands.cpp" line="537" />
            <location filename="../app/cli/ServiceCommands.cpp" line="538" />
            <location filename="../app/cli/ServiceCommands.cpp" line="542" />
            <location filename="../app/cli/ServiceCommands.cpp" line="552" />
            <location filename="../app/cli/StoreCommands.cpp" line="179" />
            <source>TEXT</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="387" />
            <source>Coupon type issued to the contacted group.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="387" />
            <location filename="../app/cli/FieldCommands.cpp" line="157" />
            <source>TYPE</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="388" />
            <source>Days after the contact that count (default 14).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="388" />
            <source>DAYS</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="389" />
            <source>File to write.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="389" />
            <location filename="../app/cli/ImportCommands.cpp" line="51" />
            <location filename="../app/cli/ImportCommands.cpp" line="584" />
            <location filename="../app/cli/ImportCommands.cpp" line="606" />
            <location filename="../app/cli/ReportCommands.cpp" line="102" />
            <location filename="../app/cli/SecurityCommands.cpp" line="295" />
            <location filename="../app/cli/SegmentCommands.cpp" line="585" />
            <source>FILE</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="390" />
            <source>utf-8, utf-8-bom (default) or gb18030.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="390" />
            <location filename="../app/cli/CommandRegistry.cpp" line="46" />
            <location filename="../app/cli/ImportCommands.cpp" line="38" />
            <location filename="../app/cli/ImportCommands.cpp" line="47" />
            <location filename="../app/cli/ImportCommands.cpp" line="615" />
            <location filename="../app/cli/ServiceCommands.cpp" line="539" />
            <location filename="../app/cli/StoreCommands.cpp" line="178" />
            <location filename="../app/cli/StoreCommands.cpp" line="180" />
            <source>NAME</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="391" />
            <source>Contact date YYYY-MM-DD (default today).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CampaignCommands.cpp" line="391" />
            <source>D</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CliContext.cpp" line="110" />
            <source>No customer with phone, member code or ID %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CliContext.cpp" line="161" />
            <source>Store codes or names, separated by commas, or all (the chain). Default: the signed-in account's stores, or the chain.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CliContext.cpp" line="163" />
            <source>STORES</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CommandRegistry.cpp" line="40" />
            <source>Database file (default: %1).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CommandRegistry.cpp" line="41" />
            <source>PATH</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CommandRegistry.cpp" line="42" />
            <source>Print machine-readable JSON.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CommandRegistry.cpp" line="44" />
            <source>Sign in as NAME when the shop has user accounts (password from CLIENTELE_PASSWORD, else asked).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CommandRegistry.cpp" line="47" />
            <source>Show this help.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CommandRegistry.cpp" line="48" />
            <source>Show the version.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CommandRegistry.cpp" line="53" />
            <source>Usage: clientele-cli [--db PATH] [--user NAME] [--json] COMMAND [options]

Commands:
</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CommandRegistry.cpp" line="56" />
            <source>
Exit status: 0 done, 1 input or data refused, 2 usage.
</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CommandRegistry.cpp" line="119" />
            <source>Run clientele-cli --help for usage.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CommandRegistry.cpp" line="147" />
            <location filename="../app/cli/CommandRegistry.cpp" line="151" />
            <source>Unknown command "%1".</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="45" />
            <source>Show phone numbers as 138****5678 (staff always see them so).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="108" />
            <source>Member</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="108" />
            <location filename="../app/cli/CustomerCommands.cpp" line="258" />
            <location filename="../app/cli/SegmentCommands.cpp" line="293" />
            <source>Phone</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="108" />
            <location filename="../app/cli/CustomerCommands.cpp" line="264" />
            <source>City</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="108" />
            <location filename="../app/cli/StoreCommands.cpp" line="56" />
            <source>Orders</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="108" />
            <location filename="../app/cli/CustomerCommands.cpp" line="303" />
            <source>Spend</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="109" />
            <source>Last purchase</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="109" />
            <location filename="../app/cli/SegmentCommands.cpp" line="119" />
            <location filename="../app/cli/SegmentCommands.cpp" line="190" />
            <location filename="../app/cli/SegmentCommands.cpp" line="293" />
            <location filename="../app/cli/ServiceCommands.cpp" line="467" />
            <source>Tier</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="109" />
            <location filename="../app/cli/SegmentCommands.cpp" line="124" />
            <source>Stage</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="109" />
            <source>RFM</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="109" />
            <location filename="../app/cli/ValueCommands.cpp" line="152" />
            <source>12-month CLV</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="109" />
            <location filename="../app/cli/CustomerCommands.cpp" line="269" />
            <source>Tags</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="123" />
            <source>%1 of %2 customers shown (--limit).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="130" />
            <source>Usage: clientele-cli customer PHONE|CODE|ID</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="259" />
            <source> (not a mainland mobile)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="260" />
            <source>E-mail</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="261" />
            <source>WeChat ID</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="262" />
            <source>Gender</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="262" />
            <source>female</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="262" />
            <source>male</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="263" />
            <source>Birthday</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="265" />
            <location filename="../app/cli/StoreCommands.cpp" line="56" />
            <source>Address</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="266" />
            <source>Source</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="267" />
            <source>Joined</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="268" />
            <source>Home store</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="270" />
            <source>Notes</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="273" />
            <source>Marketing</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="273" />
            <source>allowed</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="273" />
            <source>opted out</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="274" />
            <source>Orders: %1, total %2</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="276" />
            <source> (%1 refunds deducted)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="279" />
            <source>Average order: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="283" />
            <source>Tier: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="285" />
            <source>Change: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="286" />
            <source>Stage: %1 — %2</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="289" />
            <source>RFM: %1; %2 (%3); %4</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="297" />
            <source>Predicted: 12-month value %1; %2</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="299" />
            <source>Churn risk: valuable, and the chance of still being a customer is falling.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="302" />
            <source>Top products:</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="303" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="541" />
            <location filename="../app/cli/ProductCommands.cpp" line="92" />
            <location filename="../app/cli/StoreCommands.cpp" line="56" />
            <source>Code</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="303" />
            <location filename="../app/cli/ProductCommands.cpp" line="92" />
            <source>Product</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="303" />
            <location filename="../app/cli/CustomerCommands.cpp" line="310" />
            <location filename="../app/cli/ProductCommands.cpp" line="92" />
            <source>Category</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="303" />
            <source>Purchases</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="303" />
            <source>Last bought</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="310" />
            <location filename="../app/cli/MemberCommands.cpp" line="443" />
            <source>Date</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="310" />
            <source>Order</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="310" />
            <location filename="../app/cli/MemberCommands.cpp" line="238" />
            <location filename="../app/cli/MemberCommands.cpp" line="239" />
            <location filename="../app/cli/MemberCommands.cpp" line="511" />
            <source>Amount</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="310" />
            <source>Channel</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="310" />
            <location filename="../app/cli/MemberCommands.cpp" line="443" />
            <location filename="../app/cli/ServiceCommands.cpp" line="467" />
            <source>Store</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="313" />
            <source>%1 (voided)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="314" />
            <source>%1 (void)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="328" />
            <source>List customers (search matches name, phone fragment, e-mail, member code, tag).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="329" />
            <source>Text to look for.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="330" />
            <source>Only this city.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="330" />
            <source>CITY</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="331" />
            <source>Only customers with this tag.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="331" />
            <source>TAG</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="332" />
            <source>At most N rows (default 50).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CustomerCommands.cpp" line="336" />
            <source>One customer with contact details and orders.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/DemoCommand.cpp" line="28" />
            <source>--seed needs a whole number.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/DemoCommand.cpp" line="33" />
            <source>--end-date needs a date like 2026-10-31.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/DemoCommand.cpp" line="43" />
            <source>Wrote %1 and %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/DemoCommand.cpp" line="56" />
            <source>%1 already holds %2 customers; the demo shop needs an empty database (use --db NEW_FILE).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/DemoCommand.cpp" line="76" />
            <source>Demo shop created in %1: %2 customers, %3 orders.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/DemoCommand.cpp" line="82" />
            <source>Tiers, stages and month-end figures calculated.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/DemoCommand.cpp" line="83" />
            <source>Tiers and stages could not be calculated: %1. Run `segment` to catch up.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/DemoCommand.cpp" line="94" />
            <source>Create a realistic demo shop (Chinese names, phones, three years of orders), or write it as CSV.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/DemoCommand.cpp" line="95" />
            <source>Number of customers (default 2000).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/DemoCommand.cpp" line="96" />
            <source>Number of orders (default 24000).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/DemoCommand.cpp" line="97" />
            <source>Random seed; the same seed gives the same shop.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/DemoCommand.cpp" line="97" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="583" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="604" />
            <location filename="../app/cli/MemberCommands.cpp" line="544" />
            <source>S</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/DemoCommand.cpp" line="98" />
            <source>Last day of the order history (default today).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/DemoCommand.cpp" line="98" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="582" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="598" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="599" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="607" />
            <location filename="../app/cli/MemberCommands.cpp" line="117" />
            <location filename="../app/cli/MemberCommands.cpp" line="557" />
            <location filename="../app/cli/SegmentCommands.cpp" line="554" />
            <location filename="../app/cli/SegmentCommands.cpp" line="583" />
            <location filename="../app/cli/SegmentCommands.cpp" line="584" />
            <location filename="../app/cli/ValueCommands.cpp" line="250" />
            <source>DATE</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/DemoCommand.cpp" line="99" />
            <source>Write customers.csv and orders.csv to DIR instead.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/DemoCommand.cpp" line="99" />
            <source>DIR</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="48" />
            <source>Key</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="48" />
            <source>Label</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="48" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="356" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="541" />
            <source>Type</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="48" />
            <source>Choices</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="48" />
            <source>Customers with a value</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="54" />
            <location filename="../app/cli/ImportCommands.cpp" line="235" />
            <location filename="../app/cli/ImportCommands.cpp" line="281" />
            <location filename="../app/cli/SecurityCommands.cpp" line="87" />
            <location filename="../app/cli/SecurityCommands.cpp" line="126" />
            <source>, </source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="62" />
            <source>No customer fields yet. Add one with: clientele-cli fields add KEY --label LABEL --type text|choice|number|date</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="76" />
            <source>Usage: clientele-cli fields list | add KEY --label L --type text|choice|number|date [--choices a,b,c] [--required] | set KEY [--label L] [--choices a,b,c] | remove KEY [--yes]</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="91" />
            <source>--type is text, choice, number or date.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="100" />
            <source>Added the field %1 (%2, key %3).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="127" />
            <source>There is no customer field "%1".</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="134" />
            <source>%1 customers have a value of "%2"; removing the field deletes those values. Run again with --yes.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="143" />
            <source>Removed the field %1 and %2 values.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="155" />
            <source>The shop's own customer fields (skin type, size …): list, add, change, remove.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="156" />
            <source>What people read: column header, profile label.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="156" />
            <source>LABEL</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="157" />
            <source>text, choice, number or date.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="158" />
            <source>The choices of a choice field, separated by commas.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="158" />
            <source>LIST</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="159" />
            <source>The profile refuses to save without a value.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/FieldCommands.cpp" line="160" />
            <source>Confirm removing a field that customers have values for.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="38" />
            <source>Text encoding: auto, utf-8, gb18030 (GBK), big5, utf-16le, utf-16be.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="43" />
            <source>Field delimiter: , ; tab | (default: detected).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="43" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="581" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="603" />
            <source>C</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="47" />
            <source>Excel workbooks (.xlsx): the sheet to read (default: the first).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="51" />
            <source>Saved column mapping (JSON) to apply.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="60" />
            <source>Unknown encoding "%1".</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="66" />
            <source>Unknown delimiter "%1"; use , ; tab or |.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="110" />
            <source>The change is saved, but tiers and stages could not be recalculated: %1. Run `segment` to catch up.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="113" />
            <source>Tiers, stages and month-end figures recalculated for all %1 customers.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="115" />
            <source>Tiers and stages refreshed for the %1 customers this import touched.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="121" />
            <source>Make the column a new customer field (label: its header) instead of leaving it out; TYPE is text (default), choice (its values, at most 20), number or date. Repeatable.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="123" />
            <source>COLUMN[:TYPE]</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="139" />
            <source>--new-field %1: the type is text, choice, number or date.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="144" />
            <source>--new-field needs a column name.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="164" />
            <source>Usage: clientele-cli inspect FILE [--rows N]</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="177" />
            <source>--kind is customers or orders.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="212" />
            <source>New fields can only be made from a customer file.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="226" />
            <source>%1 has no column "%2". The header reads: %3</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="232" />
            <source>new field (%1)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="234" />
            <source>new field (%1: %2)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="237" />
            <source>no choice field: no values or more than 20 different ones</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="279" />
            <source>File:      %1</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="281" />
            <source>Sheet:     %1 (the workbook's sheets: %2)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="282" />
            <source>Header:    row %1</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="284" />
            <source>Encoding:  %1%2</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="284" />
            <source> (with BOM)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="285" />
            <source>Delimiter: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="286" />
            <source>Looks like: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="287" />
            <location filename="../app/cli/ImportCommands.cpp" line="452" />
            <source>Column</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="287" />
            <source>Imported as</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="290" />
            <source>(not imported)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="294" />
            <source>%1 (shop field)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="319" />
            <source>Usage: clientele-cli import customers|orders FILE [options]</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="333" />
            <source>--on-duplicate is skip, fill or overwrite.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="339" />
            <source>--store is for order files: a customer's home store is where they first bought.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="408" />
            <source>Dry run of %1: nothing was written.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="410" />
            <source>Imported %1 as import #%2.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="412" />
            <source>Encoding %1, delimiter %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="415" />
            <source>Sheet "%1"; lines below are the sheet's row numbers.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="418" />
            <location filename="../app/cli/ImportCommands.cpp" line="467" />
            <source>Rows imported with a warning: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="421" />
            <source>Order lines imported: %1, making %2 orders (refunds among them: %3; linked to their original order: %4).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="427" />
            <source>Shipping, fee and discount lines among them: %1 (counted in their orders' amounts, not as products or categories).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="432" />
            <source>Guest lines (no member code, phone or e-mail), not imported: %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="436" />
            <source>Orders imported earlier that get more lines in this file: %1. Those lines were not added (listed below).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="442" />
            <source>Customers created from orders: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="445" />
            <source>Note: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="452" />
            <source>Line</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="452" />
            <source>Row</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="452" />
            <location filename="../app/cli/ServiceCommands.cpp" line="511" />
            <source>Value</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="452" />
            <source>Problem</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="457" />
            <source>… and %1 more; use --errors FILE.csv for the full list.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="459" />
            <source>Rows skipped because of a problem: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="461" />
            <source>%1 of them name a customer who is not in the database: import the customers first, or use --create-customers.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="465" />
            <source>Rows skipped because they disagree with the customer they match: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="498" />
            <source>#</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="498" />
            <location filename="../app/cli/MemberCommands.cpp" line="443" />
            <location filename="../app/cli/ServiceCommands.cpp" line="163" />
            <source>Kind</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="498" />
            <location filename="../app/cli/MaintenanceCommands.cpp" line="80" />
            <source>File</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="498" />
            <location filename="../app/cli/MaintenanceCommands.cpp" line="80" />
            <location filename="../app/cli/SecurityCommands.cpp" line="175" />
            <source>When</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="498" />
            <location filename="../app/cli/MigrateCommand.cpp" line="57" />
            <source>Rows</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="498" />
            <source>Inserted</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="498" />
            <source>Updated</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="499" />
            <source>Skipped</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="499" />
            <source>Errors</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="499" />
            <source>State</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="504" />
            <source>undone</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="504" />
            <source>in effect</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="514" />
            <source>Usage: clientele-cli undo-import ID</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="531" />
            <source>Import #%1 undone: %2 customers and %3 orders removed, %4 fields restored.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="538" />
            <source>The orders' %1 lines went with them; %2 products no other order names were removed.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="552" />
            <source>Usage: clientele-cli export customers FILE [--encoding utf-8|utf-8-bom|gb18030] [--marketing]</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="556" />
            <source>--encoding is for CSV files; an .xlsx workbook has no encoding to choose.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="558" />
            <source>--encoding for export is utf-8, utf-8-bom or gb18030.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="571" />
            <source>Exported %1 customers to %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="581" />
            <source>How Clientele reads a file: encoding, delimiter, header, column mapping, first rows.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="582" />
            <source>Rows to show (default 5).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="583" />
            <source>customers or orders (default: guessed from the header).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="583" />
            <location filename="../app/cli/ServiceCommands.cpp" line="535" />
            <source>KIND</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="584" />
            <source>Write the column mapping to a JSON file to reuse.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="591" />
            <source>Import a customer or order CSV or Excel workbook (.xlsx) as one undoable batch.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="592" />
            <source>Validate and report only; write nothing.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="593" />
            <source>For customers already known: skip, fill empty fields, overwrite.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="594" />
            <source>POLICY</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="595" />
            <source>Orders for unknown customers create them.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="596" />
            <source>Orders: the store (code or name on the store list) of rows that name none, or of the whole file when it has no store column.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="598" />
            <location filename="../app/cli/MemberCommands.cpp" line="543" />
            <source>CODE</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="599" />
            <source>The customers in the file agreed to marketing messages (used where a row has no consent value; otherwise none is recorded).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="601" />
            <source>Write nothing if any row would be skipped or any value left out (a warning that a value was not imported); a phone kept as written does not count.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="604" />
            <source>Write the skipped rows and the warnings (file, line, column, value, reason, outcome) as CSV.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="609" />
            <source>List import batches.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="610" />
            <source>Undo an import: remove what it added, restore what it changed.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="613" />
            <source>Export customers as CSV (UTF-8 with BOM for Excel by default), or as an Excel workbook when FILE ends in .xlsx.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="615" />
            <source>utf-8, utf-8-bom or gb18030.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ImportCommands.cpp" line="616" />
            <source>A campaign list: leaves out customers who opted out of marketing.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="51" />
            <source>From now on the newest backup of each of the last %1 days is kept, and of %2 weeks before them.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="80" />
            <location filename="../app/cli/RuleCommands.cpp" line="103" />
            <location filename="../app/cli/RuleCommands.cpp" line="174" />
            <location filename="../app/cli/SegmentCommands.cpp" line="293" />
            <location filename="../app/cli/SegmentCommands.cpp" line="322" />
            <location filename="../app/cli/SegmentCommands.cpp" line="539" />
            <location filename="../app/cli/ValueCommands.cpp" line="152" />
            <source>Why</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="80" />
            <source>Size</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="85" />
            <source>A checked copy is made before the first import of a day and before every merge, erasure, undone import, restore and rule change (not for an empty shop). Kept: the newest copy of each of the last %1 days and of %2 weeks before them; now %3 copies, %4.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="101" />
            <source>Usage: clientele-cli backup [--reason TEXT] | backup list</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="111" />
            <source>Backed up to %1 (checked).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="118" />
            <source>Usage: clientele-cli restore BACKUP_FILE</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="134" />
            <source>Restored %1. The file it replaced is kept as %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="150" />
            <source>%1 is healthy.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="152" />
            <source>%1 is damaged: %2. Restore the newest backup (clientele-cli backups).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="164" />
            <location filename="../app/cli/MigrateCommand.cpp" line="28" />
            <source>There is no database at %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="179" />
            <location filename="../app/cli/MaintenanceCommands.cpp" line="183" />
            <source>Clientele %1</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="180" />
            <source>Database: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="181" />
            <source>Data version: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="182" />
            <source>Last written by: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="182" />
            <source>unknown (an earlier Clientele)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="194" />
            <source>Make a checked copy of the database in its backups folder, or list the copies and what is kept.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="195" />
            <source>Why (part of the file name).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="197" />
            <source>List the backups of the database, newest first, or set how many are kept.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="198" />
            <source>Keep the newest backup of each of the last N days (default 7).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="199" />
            <source>Also keep the newest backup of each of N weeks before them (default 4).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="203" />
            <source>Put a backup in place of the database; the current file is kept beside it.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="204" />
            <source>Check the database file for damage (quick_check or integrity_check).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="205" />
            <source>Run the full integrity check.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MaintenanceCommands.cpp" line="206" />
            <source>Show this Clientele's version and which version last wrote the database.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="46" />
            <source>--%1 needs a date like 2026-10-31, not "%2".</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="56" />
            <source>--%1 needs an amount like 199 or 199.50, not "%2".</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="68" />
            <source>--%1 needs a whole number of at least %2, not "%3".</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="126" />
            <source>No visit-card plans yet: cards plans add NAME --uses N --price A --months M.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="129" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="261" />
            <source>Plan</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="129" />
            <source>Uses</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="129" />
            <source>Price</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="129" />
            <source>Months</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="129" />
            <source>Items</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="140" />
            <source>Usage: clientele-cli cards plans add NAME --uses N --price A --months M [--items TEXT]</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="143" />
            <source>cards plans add needs --%1.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="158" />
            <source>Plan %1 added: %2 uses for %3, valid %4 months.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="170" />
            <source>Usage: clientele-cli cards sell CUSTOMER PLAN [--date D] [--store S] [--pay METHOD]</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="182" />
            <source>No visit-card plan named %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="200" />
            <source>Sold visit card %1 (%2, %3 uses) for %4; valid until %5.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="211" />
            <source>Usage: clientele-cli cards use CARD [--date D] [--store S]</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="220" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="226" />
            <source>No visit card %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="234" />
            <source>Use recorded on %1: %2 of %3 uses left (valid until %4).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="246" />
            <source>Usage: clientele-cli cards list --customer C</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="261" />
            <source>Card</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="261" />
            <source>Left</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="261" />
            <source>Sold</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="261" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="541" />
            <source>Valid until</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="261" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="541" />
            <location filename="../app/cli/SegmentCommands.cpp" line="539" />
            <location filename="../app/cli/ServiceCommands.cpp" line="163" />
            <source>Status</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="265" />
            <source>expired</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="265" />
            <source>used up</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="265" />
            <source>active</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="275" />
            <source>Usage: clientele-cli cards plans [add NAME …] | sell CUSTOMER PLAN | use CARD | list --customer C</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="277" />
            <source>Unknown cards plans action "%1" (add).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="350" />
            <source>No coupon types yet: coupons types add NAME (--amount-off A | --percent P | --item TEXT) (--valid-days N | --valid-until D).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="356" />
            <source>Gives</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="356" />
            <source>Valid</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="356" />
            <source>Per customer</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="356" />
            <source>Issued</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="356" />
            <source>Redeemed</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="357" />
            <source>Rate</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="360" />
            <source>%1 days from issue</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="362" />
            <source>until %1</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="363" />
            <source>no limit</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="372" />
            <source>Usage: clientele-cli coupons types add NAME (--amount-off A | --percent P [--cap A] | --item TEXT [--item-value A]) [--min-spend A] (--valid-days N | --valid-until D [--valid-from D]) [--per-customer N] [--stackable]</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="380" />
            <source>A coupon type is one of --amount-off A, --percent P or --item TEXT.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="419" />
            <source>Coupon type %1 added: %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="431" />
            <source>segment %1</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="438" />
            <source>tier %1</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="445" />
            <source>No customer is in segment "%1" (segments come from the latest `segment` run); no coupons were issued.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="448" />
            <source>No customer is in tier "%1" (tiers come from the latest `segment` run); no coupons were issued.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="457" />
            <source>Usage: clientele-cli coupons issue TYPE (--customer C | --segment S | --tier T) [--date D]</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="461" />
            <source>coupons issue needs exactly one of --customer C, --segment S or --tier T.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="470" />
            <source>No coupon type named %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="478" />
            <source>customer %1</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="499" />
            <source>%1 coupon(s) of %2 issued to %3.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="502" />
            <source>%1 customer(s) skipped: they already hold %2 of this type.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="507" />
            <source>Code: %1 (valid %2 – %3)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="538" />
            <source>No coupons.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="541" />
            <location filename="../app/cli/RuleCommands.cpp" line="103" />
            <location filename="../app/cli/RuleCommands.cpp" line="174" />
            <location filename="../app/cli/ServiceCommands.cpp" line="163" />
            <source>Customer</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="541" />
            <source>Valid from</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="554" />
            <source>Usage: clientele-cli coupons types [add NAME …] | issue TYPE (--customer C | --segment S | --tier T) | list [--customer C]</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="557" />
            <source>Unknown coupons types action "%1" (add).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="576" />
            <source>Visit cards (次卡): plans, selling a card (a sale), recording a use.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="577" />
            <source>Number of uses of the plan.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="578" />
            <source>Price of the plan.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="578" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="591" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="593" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="595" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="596" />
            <location filename="../app/cli/MemberCommands.cpp" line="535" />
            <source>A</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="579" />
            <source>Months a card stays valid after the sale.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="579" />
            <location filename="../app/cli/SegmentCommands.cpp" line="322" />
            <source>M</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="580" />
            <source>Products or services the plan covers (text or product codes).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="581" />
            <location filename="../app/cli/MemberCardCommands.cpp" line="603" />
            <source>Phone, member code or ID of the customer.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="582" />
            <source>Day of the sale or use (default today).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="583" />
            <source>Store where it happens.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="584" />
            <source>How a card sold is paid: cash, card, wechat or alipay (default cash).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="585" />
            <location filename="../app/cli/MemberCommands.cpp" line="112" />
            <source>METHOD</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="590" />
            <source>Coupons: types with their redemption rate, issuing to a customer, a segment or a tier, listing.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="591" />
            <source>Amount off the sale.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="592" />
            <source>Percent off the sale (1–100).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="592" />
            <source>P</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="593" />
            <source>At most this much off (percent coupons).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="594" />
            <source>A free item (text or product code).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="595" />
            <source>Value of the free item, taken off the sale.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="596" />
            <source>Minimum sale for the coupon.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="597" />
            <source>Valid this many days from the day of issue.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="598" />
            <source>First valid day (with --valid-until).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="599" />
            <source>Last valid day.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="600" />
            <source>Coupons of the type one customer may hold (default 1; 0 no limit).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="602" />
            <source>May be used together with other stackable coupons on one sale.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="604" />
            <source>Every customer of this RFM segment (latest run).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="605" />
            <source>Every customer of this tier (latest run), opted-out customers included.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="606" />
            <source>T</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="607" />
            <source>Day of issue (default today).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCardCommands.cpp" line="608" />
            <source>At most N coupons (default 200).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="40" />
            <source>%1 must be an amount above 0 like 128.50, not "%2".</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="53" />
            <source>--date must be a date like 2026-12-01, not "%1".</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="75" />
            <source>Stored value is given twice (--pay balance:… and --pay-balance, or two --pay balance:…).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="86" />
            <source>--pay takes cash, card, wechat, alipay or balance, each with :AMOUNT when the sale is split, not "%1".</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="112" />
            <source>Payment method: cash, card, wechat or alipay (default cash).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="117" />
            <source>The day it happened (default today).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="138" />
            <location filename="../app/cli/SegmentCommands.cpp" line="356" />
            <location filename="../app/cli/ServiceCommands.cpp" line="283" />
            <source>Cannot open %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="142" />
            <location filename="../app/cli/ServiceCommands.cpp" line="287" />
            <source>%1 is not a JSON object: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="157" />
            <source>Saved the member rules as version %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="159" />
            <source>%1 imported orders since the program's start earned points.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="167" />
            <source>New member codes start with "%1".</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="170" />
            <source>Usage: clientele-cli member-rules show | set FILE.json | prefix TEXT</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="176" />
            <source>Usage: clientele-cli sale CUSTOMER --amount A [--pay METHOD | --pay METHOD:A ...] [--pay-balance A|all] [--redeem-points N] [--coupon CODE] [--date D] [--store S]</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="180" />
            <source>sale needs --amount.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="196" />
            <source>--redeem-points needs a whole number of points, not "%1".</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="235" />
            <source>Sale %1 for %2 (%3), %4</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="238" />
            <source>Item</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="241" />
            <source>Tier discount</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="243" />
            <source>Coupon %1 (%2)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="246" />
            <source>Free item: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="248" />
            <source>%1 points</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="250" />
            <source>Stored value (principal %1, bonus %2)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="255" />
            <source>Total paid</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="257" />
            <source>Points earned: %1; points now %2; stored value %3 (principal %4, bonus %5).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="265" />
            <source>The sale was saved, but recalculating tiers failed: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="272" />
            <source>Usage: clientele-cli refund ORDER_NO</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="298" />
            <source>Voided %1 as %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="298" />
            <source>Refunded %1 as %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="300" />
            <source>Points taken back: %1, points returned: %2; stored value returned: principal %3, bonus %4; to pay back otherwise: %5.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="308" />
            <source>Pay back %1 by %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="311" />
            <source>Coupons given back: %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="313" />
            <source>Visit card %1: %2 unused uses cancelled.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="321" />
            <source>Usage: clientele-cli topup CUSTOMER AMOUNT [--pay METHOD] [--date D]</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="323" />
            <source>AMOUNT</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="344" />
            <source>Topped up %1 for %2 with a bonus of %3; stored value now %4 (principal %5, bonus %6).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="355" />
            <source>Usage: clientele-cli balance CUSTOMER [--history]</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="435" />
            <source>%1 (%2): stored value %3 (principal %4, bonus %5); %6 points, %7 of them expiring within %8 days.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="443" />
            <source>Ledger</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="443" />
            <source>Change</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="443" />
            <source>Expires</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="443" />
            <source>Note</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="444" />
            <source>By</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="446" />
            <source>Points</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="451" />
            <source>Stored value</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="453" />
            <source>principal %1, bonus %2</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="464" />
            <source>Usage: clientele-cli points adjust CUSTOMER N --reason TEXT (a negative N goes last, after --: points adjust CUSTOMER --reason TEXT -- -50)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="469" />
            <source>N must be a whole number of points other than 0, not "%1".</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="482" />
            <source>Adjusted %1's points by %2; now %3.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="492" />
            <source>--as-of must be a date like 2026-12-31, not "%1".</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="511" />
            <source>Owed to members as of %1</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="512" />
            <source>Stored value: principal</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="513" />
            <source>Stored value: bonus</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="514" />
            <source>Points (%1)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="515" />
            <source>Unused visit-card uses (%1)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="516" />
            <location filename="../app/cli/SegmentCommands.cpp" line="194" />
            <source>Total</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="527" />
            <source>Show or replace (as a new version; owners, audited) the member program's rules, or set the member code prefix.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="534" />
            <source>Ring up a sale for a member in one transaction: points, stored value, the rest by the payment method.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="535" />
            <source>Amount of the sale.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="537" />
            <source>Payment method: cash, card, wechat or alipay (default cash). Repeat as METHOD:AMOUNT to split the sale (balance:A pays from stored value; one METHOD without an amount takes the rest).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="540" />
            <source>METHOD[:A]</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="541" />
            <source>Pay this much (or all it covers) from stored value.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="541" />
            <source>A|all</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="542" />
            <source>Points to redeem (100 = ¥1 by default).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="543" />
            <source>Coupon code to redeem.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="544" />
            <source>The store the sale belongs to.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="547" />
            <source>Reverse a counter sale: points, stored value (void on its day; later owners only).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="549" />
            <source>Top up a member's stored value; the bonus step is added.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="551" />
            <source>A member's stored value, points and what expires within 30 days.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="552" />
            <source>Also list the ledgers.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="553" />
            <source>Adjust a member's points (owners, audited).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="554" />
            <source>Why the points change.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="556" />
            <source>What the shop owes its members: stored value, points and their value, unused card uses.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MemberCommands.cpp" line="557" />
            <source>Day (default today).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MigrateCommand.cpp" line="25" />
            <source>Name both databases: migrate --from shop.sqlite --to postgresql://USER@HOST/DATABASE.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MigrateCommand.cpp" line="57" />
            <source>Table</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MigrateCommand.cpp" line="62" />
            <source>Moved %1 rows from %2 to %3; row counts and money sums agree.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MigrateCommand.cpp" line="75" />
            <source>Copy a whole shop into an empty database (ids kept, sealed fields as they are); all or nothing.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MigrateCommand.cpp" line="76" />
            <source>The shop to copy (a file or a server address).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MigrateCommand.cpp" line="76" />
            <location filename="../app/cli/MigrateCommand.cpp" line="77" />
            <source>DATABASE</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/MigrateCommand.cpp" line="77" />
            <source>The empty database to copy it into.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ProductCommands.cpp" line="27" />
            <source>Usage: clientele-cli products set-interval CODE DAYS|clear</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ProductCommands.cpp" line="33" />
            <source>DAYS is a whole number from 1 to 3650, or clear.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ProductCommands.cpp" line="44" />
            <source>%1: buy again every %2 days (your number; the care rule uses it).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ProductCommands.cpp" line="47" />
            <source>%1: your interval cleared; the median of repeat purchases is used.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ProductCommands.cpp" line="57" />
            <source>Usage: clientele-cli products [--limit N] | products set-interval CODE DAYS|clear</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ProductCommands.cpp" line="86" />
            <source>No order lines yet: import a file with one row per item (quantity, unit price or line total, product) to see products.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ProductCommands.cpp" line="92" />
            <source>Units</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ProductCommands.cpp" line="93" />
            <source>Repurchase (days)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ProductCommands.cpp" line="93" />
            <source>Your interval (days)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ProductCommands.cpp" line="101" />
            <source>Repurchase: the median number of days between two purchases of the product by the same customer, over customers who bought it on two or more days. Your interval (products set-interval CODE DAYS) replaces it for the replenish care rule, which skips products with fewer than 3 repeat purchases and no interval of yours.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ProductCommands.cpp" line="115" />
            <source>Best-selling products from order lines: units, revenue, customers, days between repeat purchases.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ProductCommands.cpp" line="116" />
            <source>At most N products (default 20).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ReportCommands.cpp" line="30" />
            <location filename="../app/cli/ReportCommands.cpp" line="33" />
            <source>Cannot write %1: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ReportCommands.cpp" line="39" />
            <source>Usage: clientele-cli report monthly --month YYYY-MM -o FILE.pdf|.html|.csv [--page a4|letter] [--store CODE[,CODE…]|all]</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ReportCommands.cpp" line="46" />
            <location filename="../app/cli/ServiceCommands.cpp" line="237" />
            <source>--month needs a month like 2026-10.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ReportCommands.cpp" line="50" />
            <source>The output file must end in .pdf, .html or .csv.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ReportCommands.cpp" line="69" />
            <source>--page is a4 or letter.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ReportCommands.cpp" line="73" />
            <source>This build has no PDF output (built without the desktop libraries); use .html.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ReportCommands.cpp" line="85" />
            <source>Monthly tier report for %1 written to %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ReportCommands.cpp" line="87" />
            <source>Monthly tier report of %1 for %2 written to %3.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ReportCommands.cpp" line="99" />
            <source>Write the monthly tier report (KPIs, tiers, migration, top and at-risk customers, follow-ups), for the chain or some stores (a store's figures: its home customers').</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ReportCommands.cpp" line="101" />
            <location filename="../app/cli/ServiceCommands.cpp" line="545" />
            <source>The month, like 2026-10.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ReportCommands.cpp" line="101" />
            <location filename="../app/cli/SegmentCommands.cpp" line="560" />
            <location filename="../app/cli/SegmentCommands.cpp" line="565" />
            <location filename="../app/cli/SegmentCommands.cpp" line="566" />
            <location filename="../app/cli/ServiceCommands.cpp" line="545" />
            <location filename="../app/cli/ServiceCommands.cpp" line="557" />
            <location filename="../app/cli/ServiceCommands.cpp" line="564" />
            <source>YYYY-MM</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ReportCommands.cpp" line="102" />
            <source>Where to write it; the ending picks the format.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ReportCommands.cpp" line="103" />
            <source>Paper for PDF: a4 or letter.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ReportCommands.cpp" line="103" />
            <source>SIZE</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="41" />
            <source>A rule ID is a number from `rules list`, not "%1".</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="67" />
            <source>On</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="67" />
            <location filename="../app/cli/SegmentCommands.cpp" line="427" />
            <location filename="../app/cli/SegmentCommands.cpp" line="539" />
            <source>Rule</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="67" />
            <source>Trigger → action</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="69" />
            <location filename="../app/cli/RuleCommands.cpp" line="99" />
            <source>on</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="69" />
            <location filename="../app/cli/RuleCommands.cpp" line="99" />
            <source>off</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="72" />
            <location filename="../app/cli/RuleCommands.cpp" line="252" />
            <source>At most %1 actions per day.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="72" />
            <source>No daily limit on actions.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="74" />
            <source>Last run %1; %2 over the daily limit.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="103" />
            <location filename="../app/cli/RuleCommands.cpp" line="174" />
            <location filename="../app/cli/SegmentCommands.cpp" line="431" />
            <source>Day</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="116" />
            <source>Cannot read %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="121" />
            <source>%1 is not JSON: %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="167" />
            <source>Rule %1 cannot run: %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="174" />
            <source>Action</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="225" />
            <source>Rule %1 is on.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="225" />
            <source>Rule %1 is off.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="237" />
            <source>The rules run after each recalculation and once a day.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="238" />
            <source>The rules run only when asked (rules run).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="246" />
            <source>The daily limit is a number (0: none), not "%1".</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="255" />
            <source>Usage: clientele-cli rules list | show ID | set FILE.json | dry-run ID | on ID | off ID | run | limit N | auto on|off</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/RuleCommands.cpp" line="265" />
            <source>Automation rules (trigger → conditions → action; the care rules are built in): list, show, change (owners), try without saving, switch on or off, run now, the daily limit of actions.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="38" />
            <source>New password for %1: </source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="39" />
            <source>Again: </source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="40" />
            <source>The two passwords differ.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="79" />
            <source>No user accounts: Clientele opens without signing in. Add the owner with `users add NAME --role owner`.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="84" />
            <source>User</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="84" />
            <source>Role</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="84" />
            <source>Stores</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="84" />
            <source>Locked until</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="87" />
            <source>all (chain)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="93" />
            <location filename="../app/cli/SecurityCommands.cpp" line="131" />
            <source>Usage: clientele-cli users list | add NAME --role owner|staff | passwd NAME | role NAME owner|staff | set-stores NAME CODE[,CODE…]|all | remove NAME</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="100" />
            <source>--role is owner or staff.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="106" />
            <source>User %1 added as %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="112" />
            <source>Password of %1 changed.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="116" />
            <source>The role is owner or staff.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="118" />
            <source>%1 is now %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="125" />
            <source>%1 now sees the whole chain.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="126" />
            <source>%1 now sees the stores %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="129" />
            <source>User %1 removed.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="156" />
            <source>The audit log was changed outside Clientele at entry %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="157" />
            <source>The audit log is intact.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="175" />
            <source>Who</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="175" />
            <source>What</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="175" />
            <source>Subject</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="175" />
            <source>Detail</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="189" />
            <source>Usage: clientele-cli privacy export ID -o FILE.json | privacy erase ID --yes</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="196" />
            <source>Usage: clientele-cli privacy export ID -o FILE.json</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="199" />
            <source>Everything about customer %1 written to %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="203" />
            <source>Erasing cannot be undone in Clientele (a backup is made first). Add --yes to erase customer %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="207" />
            <source>Customer %1 erased: personal data removed, orders kept anonymously.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="222" />
            <source>Usage: clientele-cli vault fields | setup | change-passphrase | mark FIELD | set ID FIELD VALUE | show ID FIELD</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="239" />
            <source>New passphrase for sensitive fields: </source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="240" />
            <source>Sensitive fields are now encrypted with your passphrase. Keep it safe: without it they cannot be read.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="242" />
            <source>Current passphrase: </source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="243" />
            <source>New passphrase: </source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="244" />
            <source>Passphrase changed; every sensitive value was re-encrypted.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="247" />
            <source>%1 is now a sensitive field.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="253" />
            <source>Passphrase: </source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="265" />
            <source>Saved, encrypted.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="282" />
            <source>User accounts: the owner may do everything; staff may not export, erase, merge, undo imports, change rules or see full phone numbers. An account set to some stores sees only their figures. New passwords come from CLIENTELE_NEW_PASSWORD or are asked.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="285" />
            <source>owner or staff.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="285" />
            <source>ROLE</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="288" />
            <source>The audit log (owner only): exports, erasures, merges, undone imports, user changes, reveals.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="289" />
            <source>Newest N entries (default 50).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="290" />
            <source>Only this kind, e.g. export, erase, merge.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="290" />
            <source>KEY</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="291" />
            <source>Check that no entry was changed or removed outside Clientele.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="294" />
            <source>A customer's right of access (everything held, as JSON) and erasure (orders kept anonymously).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="295" />
            <source>JSON file to write.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="296" />
            <source>Confirm the erasure.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SecurityCommands.cpp" line="299" />
            <source>Sensitive fields (ID card, private notes, fields you mark), encrypted with the owner's passphrase (CLIENTELE_PASSPHRASE / CLIENTELE_NEW_PASSPHRASE, else asked). Showing one is audited.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="55" />
            <source>--%1 needs a date like 2026-10-31.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="65" />
            <source>--%1 needs a month like 2026-10.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="78" />
            <source>Home customers of %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="113" />
            <source>Segmented %1 customers as of %2 in %3 ms (months written: %4).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="119" />
            <location filename="../app/cli/SegmentCommands.cpp" line="124" />
            <location filename="../app/cli/SegmentCommands.cpp" line="190" />
            <source>Share</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="152" />
            <source>No segmentation yet: run clientele-cli segment.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="189" />
            <source>Tiers in %1 (customers with purchases; revenue = 12-month spend)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="190" />
            <source>Revenue share</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="204" />
            <source>Usage: clientele-cli migration --from YYYY-MM --to YYYY-MM [--store CODE[,CODE…]|all]</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="239" />
            <source>Tier migration %1 → %2 (rows: tier in %1; columns: tier in %2; customers)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="247" />
            <source>(new)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="293" />
            <source>Value at stake</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="308" />
            <source>--model is cn8 or scores.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="322" />
            <source>R</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="322" />
            <source>F</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="322" />
            <source>Segment</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="344" />
            <source>--scheme is spend or value.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="363" />
            <source>Saved %1 tier rules as version %2; run segment --history to apply them to every month.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="372" />
            <source>tier-rules use spend|value</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="375" />
            <source>Customers are now tiered by %1 rules; run segment --history.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="378" />
            <source>Usage: clientele-cli tier-rules show [--scheme spend|value] | set FILE.json | use spend|value</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="419" />
            <source>Dry run: %1 new follow-ups due %2 – %3 (%4 exist already); nothing was saved.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="425" />
            <source>At most %1 new per day; %2 moved to later days.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="427" />
            <location filename="../app/cli/SegmentCommands.cpp" line="431" />
            <source>New tasks</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="447" />
            <source>Usage: clientele-cli followups limit [N] [--sundays skip|keep]</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="453" />
            <source>--sundays is skip or keep.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="464" />
            <source>At most %1 new care tasks per day.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="465" />
            <source>No daily limit on new care tasks.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="466" />
            <source>Sunday tasks move to Monday.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="466" />
            <source>Sundays are working days.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="480" />
            <source>--to must not be before --from.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="498" />
            <source>%1 follow-ups due %2 – %3 by the care rules; %4 new.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="509" />
            <source>Usage: clientele-cli followups export -o FILE.ics [--from DATE --to DATE]</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="513" />
            <source>%1 open follow-ups due %2 – %3 written to %4.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="520" />
            <source>Usage: clientele-cli followups generate [--dry-run]|list|export|limit [N] [--from DATE --to DATE] [-o FILE.ics]</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="539" />
            <location filename="../app/cli/ServiceCommands.cpp" line="163" />
            <source>Due</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="539" />
            <source>Task</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="550" />
            <location filename="../app/cli/ValueCommands.cpp" line="255" />
            <source>At most N rows (default 20).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="553" />
            <source>Recompute RFM, tiers and stages (prints counts per tier and stage).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="554" />
            <source>Date to segment as of (default today).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="555" />
            <source>Rebuild every month end from the first order.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="558" />
            <source>Customers and revenue per tier, with shares, for the chain or some stores (a store's figures: its home customers').</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="560" />
            <source>Month (default: the latest).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="563" />
            <source>Tier migration matrix between two months, for the chain or some stores (a store's figures: its home customers').</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="565" />
            <source>From month.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="566" />
            <source>To month.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="569" />
            <source>At-risk customers with the reason and the value at stake, of the chain or some stores (their home customers).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="572" />
            <source>RFM scores and segment per customer.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="573" />
            <source>cn8 (8 classes) or scores (score ranges).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="573" />
            <source>MODEL</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="576" />
            <source>Show, replace (as a new version) or choose the tier rules.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="577" />
            <source>spend or value.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="577" />
            <source>SCHEME</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="581" />
            <source>Create follow-ups from the care rules, list them, or export the open ones as an iCalendar file for a phone calendar (default: the next 30 days); limit shows or sets the new care tasks per day.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="583" />
            <source>First day.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="584" />
            <source>Last day.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="585" />
            <source>iCalendar file to write (export).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="586" />
            <source>generate: show what would be created (per rule and per day, with the day cap), save nothing.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="588" />
            <source>limit: skip (move Sunday tasks to Monday) or keep.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/SegmentCommands.cpp" line="588" />
            <source>skip|keep</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="62" />
            <source>--at needs a time like 2026-12-01 14:30, not “%1”.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="100" />
            <source>paused</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="101" />
            <source> (late)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="107" />
            <source>Usage: clientele-cli ticket open CUSTOMER --kind K --priority P --subject TEXT [--at DATETIME]</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="134" />
            <source>Ticket %1 opened for %2; due %3 (first response by %4).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="160" />
            <source>No overdue tickets.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="160" />
            <source>No tickets.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="163" />
            <source>Priority</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="163" />
            <source>Ticket subject</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="177" />
            <source>Usage: clientele-cli ticket update ID --status open|waiting|resolved|closed [--note TEXT] [--at DATETIME]</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="193" />
            <source>Ticket %1 is now %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="195" />
            <source>Due: %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="197" />
            <source>Resolved later than its SLA.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="207" />
            <source>Usage: clientele-cli ticket show ID</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="220" />
            <source>Customer: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="221" />
            <source>Kind: %1, priority: %2, status: %3</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="226" />
            <source>Due: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="255" />
            <source>%1 h %2 min</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="257" />
            <source>Service in %1</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="258" />
            <source>Opened: %1, resolved: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="259" />
            <source>Median first response: %1 (opening hours)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="260" />
            <source>Median resolution: %1 (opening hours)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="262" />
            <source>Resolved within SLA: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="297" />
            <source>Saved the opening hours, SLA times and NPS warning line.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="300" />
            <source>Usage: clientele-cli ticket sla show | set FILE.json</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="318" />
            <source>Usage: clientele-cli ticket open|list|update|show|stats|sla …</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="335" />
            <source>--score is a whole number from 0 to 10, not “%1”.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="342" />
            <source>Usage: clientele-cli survey import FILE | add CUSTOMER --score N [--date D] [--note T] | code CUSTOMER | reply CODE --score N [--note T]</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="363" />
            <source>Line %1, column %2, “%3”: %4</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="364" />
            <source>Nothing was imported: fix the rows above and import again.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="366" />
            <source>%1 answers read: %2 new, %3 changed, %4 unchanged; %5 call-backs for unhappy answers.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="396" />
            <source>--date needs a date like 2026-11-30, not “%1”.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="405" />
            <location filename="../app/cli/ServiceCommands.cpp" line="417" />
            <source>Answer recorded.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="435" />
            <location filename="../app/cli/ServiceCommands.cpp" line="484" />
            <source>--month needs a month like 2026-10, not “%1”.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="438" />
            <source>--by is tier or store, not “%1”.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="448" />
            <source>(no tier yet)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="449" />
            <source>(no store)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="467" />
            <source>Month</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="468" />
            <source>NPS</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="468" />
            <source>Promoters</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="468" />
            <source>Passives</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="468" />
            <source>Detractors</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="468" />
            <source>Answers</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="472" />
            <source>– (under %1 answers)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="511" />
            <source>Figure</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="511" />
            <source>Warning</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="514" />
            <source>red</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="515" />
            <source>amber</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="533" />
            <source>Service tickets with their SLA due time (kinds complaint, return, repair, question; priorities urgent, high, normal, low; statuses open, waiting, resolved, closed).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="535" />
            <source>complaint, return, repair or question.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="536" />
            <source>urgent, high, normal or low.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="536" />
            <source>PRIORITY</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="537" />
            <source>What it is about.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="538" />
            <source>More detail.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="539" />
            <source>Who handles it (default: you).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="540" />
            <source>When it happened (default: now), like 2026-12-01 14:30.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="540" />
            <source>DATETIME</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="541" />
            <source>open, waiting, resolved or closed.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="541" />
            <source>STATUS</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="542" />
            <source>A note; on resolved or closed, the resolution.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="543" />
            <source>Only tickets past their due time.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="544" />
            <source>Only open or waiting tickets.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="548" />
            <source>Survey answers (0–10): import a file (phone or member code, date, score, comment), add one by hand, hand out a reply code or record the answer given with one.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="550" />
            <source>0 to 10.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="551" />
            <source>The day of the answer (default: today).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="551" />
            <source>YYYY-MM-DD</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="552" />
            <source>The customer's comment.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="555" />
            <source>Net promoter score of a month (no figure under 10 answers), for the shop, per tier or per store (the store a customer buys at most often).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="557" />
            <location filename="../app/cli/ServiceCommands.cpp" line="564" />
            <source>The month, like 2026-10 (default: this month).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="558" />
            <source>tier or store.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="558" />
            <source>GROUP</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ServiceCommands.cpp" line="561" />
            <source>The health page's figures: NPS, repurchase rate, average customer value (what the buyers of the 12 months spent in them, per buyer), customers turning dormant, tickets within SLA, with their warning level and 12-month trend.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="50" />
            <source>No stores yet. A single shop needs none; a chain lists its stores here (stores add CODE --name NAME), and order files with a store column (门店/店铺/store) add theirs when imported.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="56" />
            <source>Home customers</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="62" />
            <source>* the store this till (%1) sells for.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="63" />
            <source>Home customers: customers whose home store it is (where they first bought, unless set by hand). Orders and revenue: every order on file that names the store, refunds deducted from revenue.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="90" />
            <source>Store %1 added.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="90" />
            <source>Store %1 changed.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="97" />
            <source>Usage: clientele-cli stores remove CODE</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="103" />
            <source>Store %1 removed.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="110" />
            <source>Usage: clientele-cli stores set-till STORE|none [--till NAME]</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="122" />
            <source>Till %1 sells for no store.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="124" />
            <source>Till %1 sells for store %2: its sales, top-ups and points carry that store.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="132" />
            <source>Usage: clientele-cli stores set-home CUSTOMER STORE|first</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="145" />
            <source>%1 has no home store (no purchase names a store).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="147" />
            <source>%1's home store: %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="176" />
            <source>The chain's stores: list them with their customers and orders, add or change one, say which store a till sells for, set a customer's home store.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="178" />
            <source>The store's name (default: its code).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="179" />
            <source>The store's address.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/StoreCommands.cpp" line="180" />
            <source>The till (default: this machine).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="45" />
            <source>--unit is days or weeks.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="59" />
            <source>--as-of needs a date like 2026-10-31.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="115" />
            <source>Purchase models as of %1, time unit %2, fitted in %3 ms</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="116" />
            <source>days</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="116" />
            <source>weeks</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="119" />
            <source>Customers: %1, repeat buyers: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="120" />
            <source>BG/NBD:      r = %1  alpha = %2  a = %3  b = %4  log-likelihood = %5</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="127" />
            <source>Gamma-Gamma: p = %1  q = %2  gamma = %3 (fen)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="152" />
            <source>P(alive)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="152" />
            <source>Next 90 days</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="152" />
            <source>Per purchase</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="215" />
            <source>Forecast from %1 (existing customers):</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="216" />
            <source>  next month:   %1 purchases, %2</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="219" />
            <source>  next quarter: %1 purchases, %2</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="223" />
            <source>Backtest (fitted until %1, forecast the last quarter): purchases %2 predicted vs %3 actual (%4% accurate), revenue %5 vs %6 (%7% accurate)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="231" />
            <source>Backtest not available: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="243" />
            <source>Usage: clientele-cli clv fit [--as-of DATE] [--unit days|weeks] | clv customers [--limit N]</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="250" />
            <source>Date (default: the last segmentation run).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="251" />
            <source>Time unit of the models: days or weeks.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="251" />
            <source>UNIT</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="254" />
            <source>Fit the BG/NBD and Gamma-Gamma models, or list customers by predicted value.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/ValueCommands.cpp" line="257" />
            <source>Purchases and revenue expected next month and quarter, with a backtest on the last quarter.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CliContext.cpp" line="60" />
            <source>This shop has user accounts: sign in with --user NAME (the password comes from CLIENTELE_PASSWORD or is asked for).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CliContext.cpp" line="62" />
            <source>Password for %1: </source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CliContext.cpp" line="120" />
            <source>Error: </source>
            <translation />
        </message>
        <message>
            <location filename="../app/cli/CliContext.cpp" line="140" />
            <source>--%1 needs a whole number of at least %2.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::analytics::BgNbd</name>
        <message>
            <location filename="../core/analytics/BgNbd.cpp" line="208" />
            <source>No customers with purchases to fit the model on.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/analytics/BgNbd.cpp" line="222" />
            <source>The purchase model did not converge (optimizer status %1); predictions are off.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/analytics/BgNbd.cpp" line="226" />
            <source>The purchase model ran to the edge of its parameter range; the data does not support it (too little repeat buying?).</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::analytics::GammaGamma</name>
        <message>
            <location filename="../core/analytics/GammaGamma.cpp" line="128" />
            <source>Too few repeat buyers to fit the spend model.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/analytics/GammaGamma.cpp" line="145" />
            <source>The spend model did not converge (optimizer status %1).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/analytics/GammaGamma.cpp" line="148" />
            <source>The spend model ran to the edge of its parameter range; predictions are off.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::analytics::PurchaseModel</name>
        <message>
            <location filename="../core/analytics/PurchaseModel.cpp" line="107" />
            <source>Predictions are off: %1 customers have bought more than once, the models need at least %2. Stages and tiers use the purchase history alone.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/analytics/PurchaseModel.cpp" line="124" />
            <source>The purchase model is degenerate (a = 1); predictions are off.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/analytics/PurchaseModel.cpp" line="128" />
            <source>The spend model has no finite mean (q ≤ 1); predictions are off.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/analytics/PurchaseModel.cpp" line="309" />
            <source>over 99%</source>
            <translation />
        </message>
        <message>
            <location filename="../core/analytics/PurchaseModel.cpp" line="311" />
            <source>under 1%</source>
            <translation />
        </message>
        <message>
            <location filename="../core/analytics/PurchaseModel.cpp" line="312" />
            <source>%1%</source>
            <comment>a probability in percent</comment>
            <translation />
        </message>
        <message>
            <location filename="../core/analytics/PurchaseModel.cpp" line="320" />
            <source>bought once, %1 days ago</source>
            <translation />
        </message>
        <message>
            <location filename="../core/analytics/PurchaseModel.cpp" line="321" />
            <source>bought %1 times on one day, %2 days ago</source>
            <translation />
        </message>
        <message>
            <location filename="../core/analytics/PurchaseModel.cpp" line="323" />
            <source>%1: too early to tell. New customers here usually make about %2 purchases in the next 90 days; a shop average, not a judgement of this customer</source>
            <translation />
        </message>
        <message>
            <location filename="../core/analytics/PurchaseModel.cpp" line="326" />
            <source>%1, not since: customers here who bought once that long ago make about %2 purchases in the next 90 days; a shop average, as one purchase says little about this customer</source>
            <translation />
        </message>
        <message>
            <location filename="../core/analytics/PurchaseModel.cpp" line="330" />
            <source>bought %1 times, last %2 days ago</source>
            <translation />
        </message>
        <message>
            <location filename="../core/analytics/PurchaseModel.cpp" line="332" />
            <source>, usually every %1 days</source>
            <translation />
        </message>
        <message>
            <location filename="../core/analytics/PurchaseModel.cpp" line="333" />
            <source>%1: %2 likely still active, about %3 purchases expected in the next 90 days</source>
            <translation />
        </message>
        <message>
            <location filename="../core/analytics/PurchaseModel.cpp" line="339" />
            <source>%1 over 12 months (typical of a new customer here)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/analytics/PurchaseModel.cpp" line="340" />
            <source>%1 over 12 months</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::automation::ParamSpecs</name>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="37" />
            <location filename="../core/automation/ParamSpecs.cpp" line="60" />
            <source>Days ahead</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="39" />
            <source>Days after</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="42" />
            <source>New stage</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="45" />
            <source>Also when the purchase model sees it early</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="48" />
            <source>Direction</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="51" />
            <source>Days</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="53" />
            <source>Chance below</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="57" />
            <source>Repeat purchases needed to know the time</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="61" />
            <source>Holidays</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="63" />
            <source>Priority</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="71" />
            <location filename="../core/automation/ParamSpecs.cpp" line="74" />
            <location filename="../core/automation/ParamSpecs.cpp" line="77" />
            <location filename="../core/automation/ParamSpecs.cpp" line="83" />
            <source>Is one of</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="80" />
            <source>Has one of</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="81" />
            <source>Has none of</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="85" />
            <source>At least</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="86" />
            <source>At most</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="93" />
            <source>Title</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="94" />
            <source>Message</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="96" />
            <source>Tag</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="98" />
            <source>Coupon type</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="101" />
            <source>Campaign</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="123" />
            <source>Down a tier</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="123" />
            <source>Up a tier</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="123" />
            <source>Either way</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="126" />
            <source>Any priority</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="213" />
            <source>Holidays, line %1: write the holiday's name, a colon, then its dates (%2).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="222" />
            <source>Holidays, line %1: "%2" is not a date like 2027-02-06.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/ParamSpecs.cpp" line="227" />
            <source>Holidays, line %1: %2 has no dates.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::automation::Registry</name>
        <message>
            <location filename="../core/automation/Actions.cpp" line="106" />
            <source>Create a follow-up</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Actions.cpp" line="115" />
            <source>Add a tag</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Actions.cpp" line="117" />
            <source>Remove a tag</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Actions.cpp" line="120" />
            <source>Issue a coupon</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Actions.cpp" line="126" />
            <source>Add to a campaign audience</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Conditions.cpp" line="41" />
            <source>Tier</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Conditions.cpp" line="43" />
            <source>RFM segment</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Conditions.cpp" line="45" />
            <source>Tags</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Conditions.cpp" line="54" />
            <source>City</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Conditions.cpp" line="56" />
            <source>Total spend</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Conditions.cpp" line="58" />
            <source>Predicted 12-month value</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Conditions.cpp" line="61" />
            <source>Home store</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Registry.cpp" line="58" />
            <source>not available in this shop yet</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Triggers.cpp" line="177" />
            <source>Birthday coming up</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Triggers.cpp" line="179" />
            <source>After the first purchase</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Triggers.cpp" line="181" />
            <source>Stage changed</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Triggers.cpp" line="183" />
            <source>Tier changed</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Triggers.cpp" line="185" />
            <source>No purchase for a while</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Triggers.cpp" line="188" />
            <source>Chance of still being a customer fell low</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Triggers.cpp" line="190" />
            <source>A product's repurchase time passed</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Triggers.cpp" line="192" />
            <source>Holiday coming up</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Triggers.cpp" line="194" />
            <source>Points expiring</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Triggers.cpp" line="197" />
            <source>Stored value unused for a while</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Triggers.cpp" line="200" />
            <source>Visit card with one use left</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Triggers.cpp" line="202" />
            <source>Survey answer is a detractor</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Triggers.cpp" line="204" />
            <source>Service ticket overdue</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Actions.cpp" line="46" />
            <location filename="../core/automation/Actions.cpp" line="62" />
            <source>The rule names no tag.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Actions.cpp" line="83" />
            <source>No coupon type %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Actions.cpp" line="110" />
            <source>Follow-up due %1: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Actions.cpp" line="116" />
            <source>Add the tag %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Actions.cpp" line="119" />
            <source>Remove the tag %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Actions.cpp" line="123" />
            <source>Issue a coupon of type %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Actions.cpp" line="129" />
            <source>Add to campaign #%1</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::automation::Rule</name>
        <message>
            <location filename="../core/automation/Rule.cpp" line="34" />
            <source>Rule %1</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../core/automation/Rule.cpp" line="43" />
            <source>(%Ln condition(s))</source>
            <translation>
                <numerusform>(%Ln condition)</numerusform>
                <numerusform>(%Ln conditions)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/automation/Rule.cpp" line="73" />
            <source>"conditions" must be a list.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Rule.cpp" line="76" />
            <source>Unknown trigger "%1".</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Rule.cpp" line="78" />
            <source>Unknown action "%1".</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Rule.cpp" line="82" />
            <source>Unknown condition "%1".</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Rule.cpp" line="86" />
            <source>The action "%1" needs a "tag".</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::automation::RuleEngine</name>
        <message>
            <location filename="../core/automation/RuleEngine.cpp" line="335" />
            <source>Automation actions per day: between 0 (no limit) and %1, not %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/RuleEngine.cpp" line="62" />
            <source>unknown trigger "%1"</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/RuleEngine.cpp" line="64" />
            <source>the trigger "%1" is %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/RuleEngine.cpp" line="68" />
            <source>unknown condition "%1"</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/RuleEngine.cpp" line="70" />
            <source>the condition "%1" is %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/RuleEngine.cpp" line="74" />
            <source>unknown action "%1"</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/RuleEngine.cpp" line="76" />
            <source>the action "%1" is %2</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::automation::Why</name>
        <message>
            <location filename="../core/automation/Why.cpp" line="42" />
            <source>Moved up from %1 to %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Why.cpp" line="42" />
            <source>Moved down from %1 to %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Why.cpp" line="46" />
            <source>Came back with a purchase on %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Why.cpp" line="48" />
            <source>No purchase for %1 days since %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Why.cpp" line="50" />
            <source>%1 points expire on %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Why.cpp" line="52" />
            <source>%1 of stored value unused since %2 (%3 days)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Why.cpp" line="56" />
            <source>Visit card %1 (%2) has one use left, valid until %3</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Why.cpp" line="59" />
            <source>The chance they are still a customer is %1%, below %2%; last purchase on %3</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Why.cpp" line="64" />
            <source>Ticket #%1 (%2) was due %3 and is still not resolved</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Why.cpp" line="80" />
            <source>Overdue ticket of %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/automation/Why.cpp" line="81" />
            <source>Follow up with %1</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::campaigns::CampaignResults</name>
        <message>
            <location filename="../core/campaigns/CampaignResults.cpp" line="74" />
            <source>%1 to %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/CampaignResults.cpp" line="80" />
            <source>%1 of %2 marked contacted</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/CampaignResults.cpp" line="89" />
            <source>%1 pts</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/CampaignResults.cpp" line="95" />
            <source>not contacted yet</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/CampaignResults.cpp" line="97" />
            <source>not measured yet</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/CampaignResults.cpp" line="104" />
            <source>Nobody has been marked contacted yet: results start counting from the contact date.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/CampaignResults.cpp" line="106" />
            <source>Not measured yet: results start counting on %1, the day after the contact date.</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../core/campaigns/CampaignResults.cpp" line="112" />
            <source>No hold-out: lift cannot be measured. %Ln customer(s) of the contact group bought in the window, but without a hold-out nobody can tell how many would have bought anyway.</source>
            <translation>
                <numerusform>No hold-out: lift cannot be measured. %Ln customer of the contact group bought in the window, but without a hold-out nobody can tell how many would have bought anyway.</numerusform>
                <numerusform>No hold-out: lift cannot be measured. %Ln customers of the contact group bought in the window, but without a hold-out nobody can tell how many would have bought anyway.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/campaigns/CampaignResults.cpp" line="121" />
            <source>The message brought about %1 extra buyers (between %2 and %3) and %4 of revenue; without a hold-out you would have credited it with %5.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/CampaignResults.cpp" line="126" />
            <source>The interval includes zero: the message may have made no difference.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/CampaignResults.cpp" line="127" />
            <source>The figures compare the whole contact group (%1 of its %2 customers marked contacted) with the hold-out, reached or not.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/CampaignResults.cpp" line="131" />
            <source>The window is still open until %1; the figures may still change.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::campaigns::Campaigns</name>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="39" />
            <source>There is no campaign %1.</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../core/campaigns/Campaigns.cpp" line="72" />
            <source>%Ln left out: no marketing consent</source>
            <translation>
                <numerusform>%Ln left out: no marketing consent</numerusform>
                <numerusform>%Ln left out: no marketing consent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/campaigns/Campaigns.cpp" line="74" />
            <source>%Ln left out: erased</source>
            <translation>
                <numerusform>%Ln left out: erased</numerusform>
                <numerusform>%Ln left out: erased</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/campaigns/Campaigns.cpp" line="81" />
            <source>The filter matches %Ln customer(s), but none of them has marketing consent, so a campaign may not message them. Tick “May receive offers and campaign messages” on a customer's profile when they agree, or import customers with a marketing consent column (营销许可: 是/否, Y/N).</source>
            <translation>
                <numerusform>The filter matches %Ln customer, but none of them has marketing consent, so a campaign may not message them. Tick “May receive offers and campaign messages” on a customer's profile when they agree, or import customers with a marketing consent column (营销许可: 是/否, Y/N).</numerusform>
                <numerusform>The filter matches %Ln customers, but none of them has marketing consent, so a campaign may not message them. Tick “May receive offers and campaign messages” on a customer's profile when they agree, or import customers with a marketing consent column (营销许可: 是/否, Y/N).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/campaigns/Campaigns.cpp" line="88" />
            <source>The filter matches only erased customers (%Ln); choose another audience.</source>
            <translation>
                <numerusform>The filter matches only erased customers (%Ln); choose another audience.</numerusform>
                <numerusform>The filter matches only erased customers (%Ln); choose another audience.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="91" />
            <source>The filter matches no customer; widen it (fewer conditions).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="97" />
            <source>A campaign needs a name.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="100" />
            <source>The hold-out is a share from 0 to 50 percent, not %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="102" />
            <source>The results window is 1 to 365 days, not %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="109" />
            <source>There is no coupon type “%1”.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="146" />
            <source>A saved audience needs a name.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="160" />
            <source>No hold-out: lift cannot be measured. Raise the hold-out share or widen the audience.</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../core/campaigns/Campaigns.cpp" line="162" />
            <source>Only %Ln customer(s): too few for the hold-out to show a reliable lift.</source>
            <translation>
                <numerusform>Only %Ln customer: too few for the hold-out to show a reliable lift.</numerusform>
                <numerusform>Only %Ln customers: too few for the hold-out to show a reliable lift.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="185" />
            <source>Customer %1 gave no marketing consent or was erased; not added.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="294" />
            <source>not reachable by phone (no number)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="295" />
            <source>not reachable by phone (not a valid mobile number)</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../core/campaigns/Campaigns.cpp" line="302" />
            <source>%n without a phone to call or text: their phone is left empty and the “Phone problem” column says why.</source>
            <translation>
                <numerusform>%n without a phone to call or text: their phone is left empty and the “Phone problem” column says why.</numerusform>
                <numerusform>%n without a phone to call or text: their phone is left empty and the “Phone problem” column says why.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="329" />
            <source>Member code</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="329" />
            <source>Name</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="329" />
            <source>Phone</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="329" />
            <source>Phone problem</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="329" />
            <source>WeChat ID</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="329" />
            <source>Message</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="351" />
            <source>The contact date is not a valid date.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="355" />
            <source>The contact date %1 is in the future; mark customers contacted on the day the message was sent (today, %2, at the latest).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="386" />
            <source>Campaign “%1”: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/Campaigns.cpp" line="419" />
            <source>The campaign's coupon type “%1” no longer exists; no coupons were issued.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::campaigns::FilterText</name>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="60" />
            <source>“%1” is not key=value.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="64" />
            <source>Unknown filter key “%1” (known: %2).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="66" />
            <source>The filter key “%1” is given twice.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="69" />
            <source>The filter key “%1” has no value.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="76" />
            <source>The filter key “%1” takes one value, not “%2”.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="81" />
            <source>Unknown stage “%1” (known: prospect, new, active, at_risk, dormant, won_back).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="91" />
            <source>Unknown tier “%1” (known: %2).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="98" />
            <source>Unknown RFM segment “%1”.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="115" />
            <source>clv_top is a whole percent from 1 to 100, not “%1”.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="121" />
            <source>p_alive_below is a probability above 0 and at most 1, not “%1”.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="126" />
            <source>spend_min is an amount in yuan, not “%1”.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="132" />
            <source>within_days is a whole number of days from 1, not “%1”.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="135" />
            <source>Only one of bought, never_bought, bought_category and never_bought_category.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="149" />
            <source>within_days needs bought, never_bought, bought_category or never_bought_category.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="158" />
            <source>Shop field conditions, picked customers and “open follow-up” cannot be saved as an audience; clear them first.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="191" />
            <source>The product in this filter has no code; pick it by category instead.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="205" />
            <source>everyone who may receive marketing</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="211" />
            <source> or </source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="220" />
            <source>lifecycle stage %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="227" />
            <source>tier %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="230" />
            <source>RFM segment %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="232" />
            <source>tagged “%1”</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="234" />
            <source>in %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="236" />
            <source>home store %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="238" />
            <source>matching “%1”</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="240" />
            <source>top %1% by predicted value</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="242" />
            <source>P(alive) below %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="244" />
            <source>spent at least %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="254" />
            <source>bought %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="254" />
            <source>never bought %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="255" />
            <source>bought from the category %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="255" />
            <source>never bought from the category %1</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../core/campaigns/FilterText.cpp" line="258" />
            <source>in the last %Ln day(s)</source>
            <translation>
                <numerusform>in the last %Ln day</numerusform>
                <numerusform>in the last %Ln days</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="262" />
            <source>; </source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/FilterText.cpp" line="45" />
            <source>No product has the code “%1”.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::campaigns::MessageChecks</name>
        <message numerus="yes">
            <location filename="../core/campaigns/MessageChecks.cpp" line="63" />
            <source>%1 characters, %2 per SMS (Chinese or other Unicode text): %Ln SMS per customer.</source>
            <translation>
                <numerusform>%1 characters, %2 per SMS (Chinese or other Unicode text): %Ln SMS per customer.</numerusform>
                <numerusform>%1 characters, %2 per SMS (Chinese or other Unicode text): %Ln SMS per customer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/campaigns/MessageChecks.cpp" line="64" />
            <source>%1 characters, %2 per SMS (Latin text): %Ln SMS per customer.</source>
            <translation>
                <numerusform>%1 characters, %2 per SMS (Latin text): %Ln SMS per customer.</numerusform>
                <numerusform>%1 characters, %2 per SMS (Latin text): %Ln SMS per customer.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/campaigns/MessageChecks.cpp" line="68" />
            <source>The message is empty.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/MessageChecks.cpp" line="74" />
            <source>A Chinese marketing SMS must tell how to opt out: add “%1”.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/campaigns/MessageChecks.cpp" line="78" />
            <source>It is %1: send marketing messages between 08:00 and 21:00 only.</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../core/campaigns/MessageChecks.cpp" line="96" />
            <source>{%1} is empty for %Ln customer(s).</source>
            <translation>
                <numerusform>{%1} is empty for %Ln customer.</numerusform>
                <numerusform>{%1} is empty for %Ln customers.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/campaigns/MessageChecks.cpp" line="101" />
            <source>{%1} is not a placeholder (known: %2).</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::care::CareLoad</name>
        <message>
            <location filename="../core/care/CareLoad.cpp" line="43" />
            <source>New care tasks per day: between 0 (no limit) and %1.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::care::CareMessages</name>
        <message>
            <location filename="../core/care/CareMessages.cpp" line="17" />
            <source>Happy birthday, %1! Thank you for being with us. A small birthday gift is waiting for you at the shop this month.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/care/CareMessages.cpp" line="21" />
            <source>Hello %1, thank you for your first visit! How do you like what you bought? We would be glad to see you again.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/care/CareMessages.cpp" line="25" />
            <source>Hello %1, we have not seen you for a while and miss you. New arrivals are in; drop by when it suits you.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/care/CareMessages.cpp" line="29" />
            <source>Hello %1, it has been a while! As one of our most valued customers, we have set something aside for you. Come and see it.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/care/CareMessages.cpp" line="33" />
            <source>Happy holidays, %1! Best wishes to you and your family from all of us.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/care/CareMessages.cpp" line="34" />
            <source>Hello %1, </source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::care::CareTaskGenerator</name>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="55" />
            <source>Birthday greeting for %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="57" />
            <source>Revisit %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="59" />
            <source>Win back %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="61" />
            <source>Call %1 (valuable, at risk)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="63" />
            <source>%1 greeting for %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="65" />
            <source>Time for %1 to buy again</source>
            <translation />
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="67" />
            <source>Call back %1 (unhappy survey answer)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="69" />
            <source>Service ticket of %1 due</source>
            <translation />
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="41" />
            <source>Spring Festival</source>
            <translation />
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="43" />
            <source>Mid-Autumn Festival</source>
            <translation />
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="45" />
            <source>National Day</source>
            <translation />
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="182" />
            <source>Birthday on %1 (greet %2 days ahead)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="186" />
            <source>First purchase on %1: a revisit %2 days after it</source>
            <translation />
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="188" />
            <source>No purchase since %1 (dormant from %2)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="192" />
            <source>%1 customer, no purchase since %2; the chance they are still a customer is falling</source>
            <translation />
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="194" />
            <source>%1 customer, no purchase since %2; overdue after %3 days</source>
            <translation />
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="199" />
            <source>%1 on %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="204" />
            <source>Last bought %1 on %2; you set it to be bought again every %3 days</source>
            <translation />
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="207" />
            <source>Last bought %1 on %2; customers usually buy it again after %3 days</source>
            <translation />
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="212" />
            <source>Scored %1 of 10 in the survey of %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/care/CareTaskText.cpp" line="214" />
            <source>Ticket #%1: %2</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::care::FollowUpCalendar</name>
        <message>
            <location filename="../core/care/FollowUpCalendar.cpp" line="48" />
            <source>Revisit after “%1”</source>
            <translation />
        </message>
        <message>
            <location filename="../core/care/FollowUpCalendar.cpp" line="78" />
            <source>Snooze by at least one day.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::customers::BulkActions</name>
        <message>
            <location filename="../core/customers/BulkActions.cpp" line="26" />
            <source>Name at least one tag.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::customers::CustomFieldCatalog</name>
        <message>
            <location filename="../core/customers/CustomFieldCatalog.cpp" line="61" />
            <source>Text</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomFieldCatalog.cpp" line="62" />
            <source>Choice list</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomFieldCatalog.cpp" line="63" />
            <source>Number</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomFieldCatalog.cpp" line="64" />
            <source>Date</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomFieldCatalog.cpp" line="77" />
            <source>"%1" cannot be a field key: use a-z, 0-9 and _, starting with a letter (at most 40).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomFieldCatalog.cpp" line="81" />
            <source>"%1" is a built-in field; choose another key.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomFieldCatalog.cpp" line="83" />
            <location filename="../core/customers/CustomFieldCatalog.cpp" line="118" />
            <source>The field "%1" needs a label.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomFieldCatalog.cpp" line="85" />
            <location filename="../core/customers/CustomFieldCatalog.cpp" line="143" />
            <source>The choice field "%1" needs at least one choice.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomFieldCatalog.cpp" line="92" />
            <source>There is already a field with the key "%1".</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomFieldCatalog.cpp" line="95" />
            <location filename="../core/customers/CustomFieldCatalog.cpp" line="125" />
            <source>There is already a field labelled "%1" (key %2).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomFieldCatalog.cpp" line="140" />
            <source>"%1" is not a choice field.</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../core/customers/CustomFieldCatalog.cpp" line="149" />
            <source>%Ln customer(s) hold a value of "%1" that is no longer a choice; change those first.</source>
            <translation>
                <numerusform>%Ln customer hold a value of "%1" that is no longer a choice; change those first.</numerusform>
                <numerusform>%Ln customers hold a value of "%1" that is no longer a choice; change those first.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/customers/CustomFieldCatalog.cpp" line="48" />
            <source>There is no customer field "%1".</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::customers::CustomerEditor</name>
        <message>
            <location filename="../core/customers/CustomerEditor.cpp" line="65" />
            <source>a value is required</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerEditor.cpp" line="75" />
            <source>Customer %1 no longer exists.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerEditor.cpp" line="92" />
            <source>already belongs to %1 (customer %2); merge the two instead</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::customers::CustomerForm</name>
        <message>
            <location filename="../core/customers/CustomerForm.cpp" line="70" />
            <source>a customer needs at least a name, a phone number or a member code</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::customers::CustomerMerger</name>
        <message>
            <location filename="../core/customers/CustomerMerger.cpp" line="172" />
            <source>A customer cannot be merged with itself.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerMerger.cpp" line="194" />
            <source>%1 has points, stored value or counter sales; keep %1 and merge the other customer into them instead.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerMerger.cpp" line="223" />
            <source>Recording the merge</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerMerger.cpp" line="268" />
            <source>Reading merge %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerMerger.cpp" line="270" />
            <source>There is no merge %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerMerger.cpp" line="272" />
            <source>Merge %1 was already undone.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerMerger.cpp" line="285" />
            <source>The surviving customer %1 was itself merged or deleted since; undo that first.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerMerger.cpp" line="309" />
            <source>Recording the undo</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerMerger.cpp" line="331" />
            <source>Reading the merges of customer %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerMerger.cpp" line="79" />
            <source>Customer %1 no longer exists.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerMerger.cpp" line="98" />
            <source>Reading order dates</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerMerger.cpp" line="112" />
            <source>Reading the %1 of customer %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerMerger.cpp" line="124" />
            <source>Moving the %1 of customer %2</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::customers::CustomerTimeline</name>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="72" />
            <source>Joined</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="73" />
            <source>Purchase</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="74" />
            <source>Refund</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="75" />
            <source>Contact</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="76" />
            <source>Follow-up</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="77" />
            <source>Tier</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="78" />
            <source>Service</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="79" />
            <source>Member</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="92" />
            <source>Customer %1 no longer exists.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="94" />
            <source>Became a member</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="110" />
            <source>%1 (voided)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="111" />
            <source>%1 (void)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="127" />
            <source>done</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="128" />
            <source>cancelled</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="129" />
            <source>open</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="134" />
            <source>Outcome: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="137" />
            <source>%1 (%2)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="145" />
            <source>Ticket opened: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="146" />
            <source>%1 · %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="150" />
            <source>Ticket %1: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="51" />
            <source>Reading the tier history of customer %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/CustomerTimeline.cpp" line="59" />
            <source>%1 → %2</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::customers::DuplicateFinder</name>
        <message>
            <location filename="../core/customers/DuplicateFinder.cpp" line="34" />
            <source>Customer %1 no longer exists.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/DuplicateFinder.cpp" line="50" />
            <source>Looking for duplicates of customer %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/DuplicateFinder.cpp" line="65" />
            <source>same phone</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/DuplicateFinder.cpp" line="67" />
            <source>same e-mail</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/DuplicateFinder.cpp" line="69" />
            <source>same WeChat ID</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/DuplicateFinder.cpp" line="71" />
            <source>same name</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/DuplicateFinder.cpp" line="79" />
            <source>born %1 / %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/DuplicateFinder.cpp" line="81" />
            <source>city %1 / %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/DuplicateFinder.cpp" line="83" />
            <source>different gender</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::customers::PrivacyRequests</name>
        <message>
            <location filename="../core/customers/PrivacyRequests.cpp" line="67" />
            <source>Erased customer #%1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/PrivacyRequests.cpp" line="77" />
            <location filename="../core/customers/PrivacyRequests.cpp" line="102" />
            <location filename="../core/customers/PrivacyRequests.cpp" line="111" />
            <location filename="../core/customers/PrivacyRequests.cpp" line="144" />
            <source>Reading a customer</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/PrivacyRequests.cpp" line="80" />
            <location filename="../core/customers/PrivacyRequests.cpp" line="146" />
            <source>Customer %1 does not exist.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/PrivacyRequests.cpp" line="95" />
            <source>Reading %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/PrivacyRequests.cpp" line="133" />
            <source>Cannot write %1: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/PrivacyRequests.cpp" line="148" />
            <source>Customer %1 was already erased.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/PrivacyRequests.cpp" line="163" />
            <location filename="../core/customers/PrivacyRequests.cpp" line="177" />
            <source>Erasing a customer</source>
            <translation />
        </message>
        <message>
            <location filename="../core/customers/PrivacyRequests.cpp" line="50" />
            <source>Reading the schema</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::demo::DemoShop</name>
        <message>
            <location filename="../core/demo/DemoShop.cpp" line="67" />
            <source>The demo shop needs at least one customer.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/demo/DemoShop.cpp" line="69" />
            <source>Cannot create the folder %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/demo/DemoShop.cpp" line="174" />
            <source>Cannot create a temporary folder for the demo shop.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::i18n::LocalDates</name>
        <message>
            <location filename="../core/i18n/LocalDates.cpp" line="74" />
            <source>end of %1</source>
            <comment>a month end: %1 is a month and year</comment>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::io::ColumnMapping</name>
        <message>
            <location filename="../core/io/ColumnMapping.cpp" line="165" />
            <source>The saved mapping names an unknown field "%1" for column "%2".</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ColumnMapping.cpp" line="168" />
            <source>The field "%1" cannot be imported into %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ColumnMapping.cpp" line="179" />
            <source>Cannot open the mapping file %1: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ColumnMapping.cpp" line="184" />
            <source>The mapping file %1 is not valid JSON: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ColumnMapping.cpp" line="205" />
            <location filename="../core/io/ColumnMapping.cpp" line="208" />
            <source>Cannot write %1: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ColumnMapping.cpp" line="270" />
            <source>(column %1 without a name)</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::io::CsvReader</name>
        <message>
            <location filename="../core/io/CsvReader.cpp" line="23" />
            <source>The encoding %1 is not available.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CsvReader.cpp" line="75" />
            <source>Line %1: a quoted field opened here is never closed (unterminated quote).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CsvReader.cpp" line="83" />
            <source>Line %1: bytes that are not valid %2 text. Choose the file's encoding by hand (for example GB18030 for files saved by Chinese Excel).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CsvReader.cpp" line="108" />
            <location filename="../core/io/CsvReader.cpp" line="146" />
            <source>Line %1: a field is longer than %2 characters; this does not look like a CSV file (perhaps a quote is missing).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CsvReader.cpp" line="142" />
            <location filename="../core/io/CsvReader.cpp" line="183" />
            <source>Line %1: the file contains a NUL byte; it is not a text file.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CsvReader.cpp" line="190" />
            <source>Line %1: a field is longer than %2 characters; this does not look like a CSV file.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::io::CsvWriter</name>
        <message>
            <location filename="../core/io/CsvWriter.cpp" line="41" />
            <source>The export encoding is not available on this system.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CsvWriter.cpp" line="43" />
            <location filename="../core/io/CsvWriter.cpp" line="81" />
            <source>Cannot write %1: %2</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::io::CustomFieldParser</name>
        <message>
            <location filename="../core/io/CustomFieldParser.cpp" line="40" />
            <source>not one of the choices (%1)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomFieldParser.cpp" line="40" />
            <source>, </source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomFieldParser.cpp" line="50" />
            <source>not a number (expected e.g. 12 or 12.5)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomFieldParser.cpp" line="56" />
            <source>not a date (expected e.g. 2024-05-01, 2024/5/1 or 2024年5月1日)</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::io::CustomerExporter</name>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="68" />
            <source>yes</source>
            <comment>marketing consent</comment>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="69" />
            <source>no</source>
            <comment>marketing consent</comment>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="125" />
            <source>Customers</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="29" />
            <source>Member code</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="29" />
            <source>Name</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="29" />
            <source>Phone</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="29" />
            <source>E-mail</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="30" />
            <source>WeChat ID</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="30" />
            <source>Gender</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="30" />
            <source>Birthday</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="30" />
            <source>City</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="31" />
            <source>Address</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="31" />
            <source>Source</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="31" />
            <source>Joined</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="31" />
            <source>Notes</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="32" />
            <source>Marketing consent</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="32" />
            <source>Tags</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="164" />
            <location filename="../core/io/CustomerExporter.cpp" line="165" />
            <source>file</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="164" />
            <source>sheet</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="164" />
            <source>row</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="164" />
            <location filename="../core/io/CustomerExporter.cpp" line="165" />
            <source>column</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="164" />
            <location filename="../core/io/CustomerExporter.cpp" line="165" />
            <source>value</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="164" />
            <location filename="../core/io/CustomerExporter.cpp" line="165" />
            <source>reason</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="164" />
            <location filename="../core/io/CustomerExporter.cpp" line="165" />
            <source>outcome</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="165" />
            <source>line</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="174" />
            <source>skipped</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="176" />
            <source>skipped (conflict)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="178" />
            <source>imported</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerExporter.cpp" line="180" />
            <source>not imported (guest sale)</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::io::CustomerImporter</name>
        <message>
            <location filename="../core/io/CustomerImporter.cpp" line="63" />
            <source>no name, phone, member code, e-mail or WeChat ID</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerImporter.cpp" line="127" />
            <source>line %1 of this file</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerImporter.cpp" line="128" />
            <source>customer #%1 in the database</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerImporter.cpp" line="131" />
            <source>%1 already belongs to %2 (%3); this row names %4</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerImporter.cpp" line="138" />
            <source>%1 belongs to member %2 (%3); this row says member %4</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerImporter.cpp" line="149" />
            <source>%1 already belongs to %2 (customer #%3)</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::io::CustomerRowParser</name>
        <message>
            <location filename="../core/io/CustomerRowParser.cpp" line="130" />
            <source>not a mainland mobile number; kept as written</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerRowParser.cpp" line="133" />
            <source>not a phone number</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerRowParser.cpp" line="142" />
            <source>not an e-mail address</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerRowParser.cpp" line="148" />
            <source>not a WeChat ID (letters, digits, _ and -, up to 40)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerRowParser.cpp" line="153" />
            <source>not a gender (expected 男/女, M/F)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerRowParser.cpp" line="173" />
            <source>not yes or no (是/否, Y/N, 1/0)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerRowParser.cpp" line="30" />
            <source>no such day: month %1 of %2 has %3 days</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerRowParser.cpp" line="46" />
            <source>not a date (expected e.g. 2024-05-01, 2024/5/1 or 2024年5月1日)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerRowParser.cpp" line="50" />
            <location filename="../core/io/CustomerRowParser.cpp" line="77" />
            <source>the date is in the future</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerRowParser.cpp" line="72" />
            <source>not a birthday (expected e.g. 1990-05-01, 1990/5/1, 1990年5月1日, or without the year 5月1日 or 05-01)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerRowParser.cpp" line="90" />
            <source>%1; imported as no marketing</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/CustomerRowParser.cpp" line="91" />
            <source>%1; imported without it</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::io::DelimiterSniffer</name>
        <message>
            <location filename="../core/io/DelimiterSniffer.cpp" line="108" />
            <source>comma ,</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/DelimiterSniffer.cpp" line="109" />
            <source>semicolon ;</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/DelimiterSniffer.cpp" line="110" />
            <source>tab</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/DelimiterSniffer.cpp" line="111" />
            <source>vertical bar |</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::io::ICalendarExport</name>
        <message>
            <location filename="../core/io/ICalendarExport.cpp" line="111" />
            <location filename="../core/io/ICalendarExport.cpp" line="114" />
            <source>Cannot write %1: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ICalendarExport.cpp" line="50" />
            <location filename="../core/io/Importer.cpp" line="108" />
            <location filename="../core/io/Importer.cpp" line="148" />
            <source>%1: %2</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::io::ImportCounts</name>
        <message numerus="yes">
            <location filename="../core/io/ImportCounts.cpp" line="42" />
            <source>%Ln line(s) read = %1 to import + %2 unchanged + %3 to skip</source>
            <translation>
                <numerusform>%Ln line read = %1 to import + %2 unchanged + %3 to skip</numerusform>
                <numerusform>%Ln lines read = %1 to import + %2 unchanged + %3 to skip</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/io/ImportCounts.cpp" line="43" />
            <source>%Ln line(s) read = %1 imported + %2 unchanged + %3 skipped</source>
            <translation>
                <numerusform>%Ln line read = %1 imported + %2 unchanged + %3 skipped</numerusform>
                <numerusform>%Ln lines read = %1 imported + %2 unchanged + %3 skipped</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/io/ImportCounts.cpp" line="46" />
            <source>%Ln row(s) read = %1 to add + %2 unchanged + %3 repeated in the file + %4 to skip</source>
            <translation>
                <numerusform>%Ln row read = %1 to add + %2 unchanged + %3 repeated in the file + %4 to skip</numerusform>
                <numerusform>%Ln rows read = %1 to add + %2 unchanged + %3 repeated in the file + %4 to skip</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/io/ImportCounts.cpp" line="48" />
            <source>%Ln row(s) read = %1 added + %2 unchanged + %3 repeated in the file + %4 skipped</source>
            <translation>
                <numerusform>%Ln row read = %1 added + %2 unchanged + %3 repeated in the file + %4 skipped</numerusform>
                <numerusform>%Ln rows read = %1 added + %2 unchanged + %3 repeated in the file + %4 skipped</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/io/ImportCounts.cpp" line="51" />
            <source>%Ln row(s) read = %1 to add + %2 to update + %3 unchanged + %4 repeated in the file + %5 to skip</source>
            <translation>
                <numerusform>%Ln row read = %1 to add + %2 to update + %3 unchanged + %4 repeated in the file + %5 to skip</numerusform>
                <numerusform>%Ln rows read = %1 to add + %2 to update + %3 unchanged + %4 repeated in the file + %5 to skip</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../core/io/ImportCounts.cpp" line="54" />
            <source>%Ln row(s) read = %1 added + %2 updated + %3 unchanged + %4 repeated in the file + %5 skipped</source>
            <translation>
                <numerusform>%Ln row read = %1 added + %2 updated + %3 unchanged + %4 repeated in the file + %5 skipped</numerusform>
                <numerusform>%Ln rows read = %1 added + %2 updated + %3 unchanged + %4 repeated in the file + %5 skipped</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>clientele::core::io::ImportSource</name>
        <message>
            <location filename="../core/io/ImportSource.cpp" line="38" />
            <source>%1 is a folder, not a file.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportSource.cpp" line="40" />
            <location filename="../core/io/ImportSource.cpp" line="127" />
            <source>Cannot open %1: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportSource.cpp" line="45" />
            <source>%1 is an Excel 97-2003 workbook (.xls), which Clientele cannot read. Open it in Excel or WPS and save it as .xlsx or CSV.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportSource.cpp" line="56" />
            <source>%1 is a text file, not an Excel workbook: it has no sheet "%2" to choose.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportSource.cpp" line="63" />
            <location filename="../core/io/ImportSource.cpp" line="154" />
            <source>%1: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportSource.cpp" line="68" />
            <source>The encoding %1 is not available on this system.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportSource.cpp" line="113" />
            <source>%1 has no sheet named "%2". Its sheets are: %3.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportSource.cpp" line="114" />
            <source>, </source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportSource.cpp" line="157" />
            <source>%1: the sheet "%2" is empty; it has no header row.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/ImportSource.cpp" line="158" />
            <source>%1 has no header row; the file is empty.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::io::Importer</name>
        <message>
            <location filename="../core/io/Importer.cpp" line="290" />
            <source>%1: no column for %2. The header reads: %3. Map the columns by hand (a mapping file or the import wizard).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="292" />
            <location filename="../core/io/Importer.cpp" line="317" />
            <source>, </source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="317" />
            <source>Columns not imported: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="382" />
            <source>the row has more values than the header has columns (%1 extra)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="396" />
            <source>%1 was refused, nothing was imported: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="411" />
            <source>%1: rows that would be skipped: %2; values that would be left out: %3. In strict mode nothing was imported.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="43" />
            <source>The import was cancelled; nothing was changed.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="113" />
            <source>Column "%1" holds whole numbers written as decimals (17850.0); read as whole numbers (17850).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="122" />
            <source>Column "%1" mixes day-first and month-first dates; read as %2, rows that do not fit are reported.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="124" />
            <source>day/month/year</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="125" />
            <source>month/day/year</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="127" />
            <source>Column "%1": dates like 3/4/2024 could be day/month or month/day and no value decides it; read as month/day/year.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="131" />
            <source>Column "%1": dates read as day/month/year.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="173" />
            <source>New fields can only be made from a customer file.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="182" />
            <source>%1 has no column "%2". The header reads: %3</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="186" />
            <source>Column "%1" is already imported as %2; it cannot become a new field.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="200" />
            <source>Column "%1" already fills the field "%2"; no new field was made.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="210" />
            <source>Column "%1" has no values or more than 20 different ones; make it a text field, or define the choice field first (fields add).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="223" />
            <source>New field "%1" (%2, key %3) made from column "%4".</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="246" />
            <source>Column "%1": there is no field "%2" any more; not imported.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/Importer.cpp" line="263" />
            <source>New stores on the store list: %1</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::io::OrderImporter</name>
        <message>
            <location filename="../core/io/OrderImporter.cpp" line="166" />
            <source>no customer with this %1; import the customers first, or let the import create customers for unknown orders</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderImporter.cpp" line="192" />
            <source>the order date is missing</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderImporter.cpp" line="194" />
            <source>not a date (expected e.g. 2024-05-01 13:45)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderImporter.cpp" line="196" />
            <source>the date is in the future</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderImporter.cpp" line="208" />
            <source>not a time of day (expected 13:45); imported without it</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderImporter.cpp" line="214" />
            <source>the amount is missing</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderImporter.cpp" line="216" />
            <source>not an amount (expected e.g. 128.50 or ¥1,280)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderImporter.cpp" line="218" />
            <source>the amount is beyond ¥100,000,000</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderImporter.cpp" line="225" />
            <source>not a product category (a number, or longer than %1 characters); imported without it</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderImporter.cpp" line="236" />
            <source>not a phone number</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderImporter.cpp" line="240" />
            <source>not an e-mail address</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderImporter.cpp" line="243" />
            <source>no member code, phone or e-mail to link the order to a customer</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderImporter.cpp" line="331" />
            <source>line %1 of this file</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderImporter.cpp" line="332" />
            <source>import #%1, line %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderImporter.cpp" line="333" />
            <source>order number already used by a different order (%1)</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::io::OrderLineImporter</name>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="74" />
            <source>the order date is missing</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="76" />
            <source>not a date (expected e.g. 2024-05-01 13:45)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="78" />
            <source>the date is in the future</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="97" />
            <source>not a quantity (expected e.g. 2 or 0.5)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="99" />
            <source>the quantity is zero or beyond 100,000</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="103" />
            <source>the quantity is missing</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="109" />
            <source>not a unit price (expected e.g. 12.50, at most three decimals)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="111" />
            <source>the unit price is beyond ¥10,000,000</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="119" />
            <location filename="../core/io/OrderLineImporter.cpp" line="130" />
            <source>not an amount (expected e.g. 128.50 or ¥1,280)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="125" />
            <source>neither a line total nor a unit price</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="137" />
            <source>the amount is beyond ¥100,000,000</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="160" />
            <source>not a phone number</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="164" />
            <source>not an e-mail address</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="178" />
            <location filename="../core/io/OrderLineImporter.cpp" line="315" />
            <source>not imported with its order: line %1 of the order was refused</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="224" />
            <source>%1: lines of order %2 name two customers (line %3 names another one)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="323" />
            <source>a guest sale: no member code, phone or e-mail on any line of its order</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="345" />
            <source>the order's lines add up to more than ¥100,000,000</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="407" />
            <source>Order %1 vanished during the import.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="410" />
            <source>line %1 of this file</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="411" />
            <source>import #%1, line %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="413" />
            <source>order number already used for another customer (%1)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="437" />
            <source>order number already used by a different order (%1)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/OrderLineImporter.cpp" line="471" />
            <source>order %1 was imported before (import #%2) without this line; lines are not added to an order of an earlier import: undo import #%2 and import the files together</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::io::TextDecoding</name>
        <message>
            <location filename="../core/io/TextDecoding.cpp" line="17" />
            <source>The file is empty.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/TextDecoding.cpp" line="28" />
            <source>This is not a text file (it contains binary data). Save it from your spreadsheet program as CSV first.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::io::xlsx::SheetReader</name>
        <message>
            <location filename="../core/io/xlsx/SheetReader.cpp" line="37" />
            <source>sheet "%1" cannot be opened; the file is damaged.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/xlsx/SheetReader.cpp" line="57" />
            <source>sheet "%1", row %2: the sheet cannot be read (%3); the file is damaged or incomplete.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/xlsx/SheetReader.cpp" line="72" />
            <source>a cell reference "%1" is not valid</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/xlsx/SheetReader.cpp" line="74" />
            <source>more than %1 columns</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/xlsx/SheetReader.cpp" line="105" />
            <source>a shared string %1 that the workbook does not have</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::io::xlsx::Workbook</name>
        <message>
            <location filename="../core/io/xlsx/Workbook.cpp" line="147" />
            <source>%1 is not a readable Excel workbook: the file is damaged or incomplete (perhaps a download or copy stopped early). Open it in Excel and save it again, or save the sheet as CSV.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/xlsx/Workbook.cpp" line="159" />
            <source>%1: the workbook part %2 cannot be read (%3); the file is damaged.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/xlsx/Workbook.cpp" line="169" />
            <source>%1 is a zip file but not an Excel workbook (.xlsx): it has no %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/xlsx/Workbook.cpp" line="175" />
            <location filename="../core/io/xlsx/Workbook.cpp" line="215" />
            <location filename="../core/io/xlsx/Workbook.cpp" line="230" />
            <source>cannot open it</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/xlsx/Workbook.cpp" line="202" />
            <source>%1 has no worksheets.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/xlsx/Workbook.cpp" line="298" />
            <source>%1: the sheet "%2" cannot be opened; the file is damaged.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::io::xlsx::XlsxWriter</name>
        <message>
            <location filename="../core/io/xlsx/XlsxWriter.cpp" line="44" />
            <location filename="../core/io/xlsx/XlsxWriter.cpp" line="144" />
            <source>Cannot write %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/xlsx/XlsxWriter.cpp" line="66" />
            <source>Cannot add the sheet "%1" to %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/io/xlsx/XlsxWriter.cpp" line="135" />
            <source>Cannot write %1: %2</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::member::Coupons</name>
        <message>
            <location filename="../core/member/Coupons.cpp" line="47" />
            <source>Coupon %1 belongs to another customer.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="50" />
            <source>Coupon %1 was already used on %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="53" />
            <source>Coupon %1 is valid from %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="56" />
            <source>Coupon %1 expired on %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="70" />
            <source>A coupon type needs a name.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="72" />
            <source>Coupon amounts cannot be negative.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="76" />
            <source>An amount-off coupon needs the amount it takes off.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="80" />
            <source>A percent-off coupon takes 1 to 100 percent off (got %1).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="84" />
            <source>A free-item coupon needs the item it gives.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="88" />
            <source>Coupons per customer cannot be negative.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="91" />
            <source>A coupon type is valid either until a date or for a number of days after issue (one of the two).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="94" />
            <source>A coupon type's validity starts (%1) after it ends (%2).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="114" />
            <source>A coupon type named "%1" already exists.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="172" />
            <source>Coupons need the day they are issued.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="180" />
            <location filename="../core/member/Coupons.cpp" line="244" />
            <location filename="../core/member/Coupons.cpp" line="302" />
            <source>No coupon type %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="183" />
            <source>Coupons of type "%1" ended on %2; none were issued.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="193" />
            <source>No customer with ID %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="219" />
            <source>Could not find a free coupon code.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="238" />
            <location filename="../core/member/Coupons.cpp" line="289" />
            <location filename="../core/member/Coupons.cpp" line="297" />
            <source>No coupon with code %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="251" />
            <source>Coupon %1 is already on this sale.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="264" />
            <location filename="../core/member/Coupons.cpp" line="315" />
            <source>One coupon per sale: %1 cannot be used together with %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="268" />
            <source>Coupon %1 needs a sale of at least %2; this sale is %3.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="280" />
            <source>A coupon's discount cannot be negative.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="378" />
            <source>Unused</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="379" />
            <source>Used</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="380" />
            <source>Expired</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="381" />
            <source>Not yet valid</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="389" />
            <source>Amount off</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="390" />
            <source>Percent off</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="391" />
            <source>Free item</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="410" />
            <source>%1 off</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="412" />
            <source>%1% off, at most %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="413" />
            <source>%1% off</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="416" />
            <source>free %1 (worth %2)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="417" />
            <source>free %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/Coupons.cpp" line="421" />
            <source>, on a sale of %1 or more</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::member::MemberCodes</name>
        <message>
            <location filename="../core/member/MemberCodes.cpp" line="52" />
            <source>No customer with ID %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/MemberCodes.cpp" line="80" />
            <source>A member code prefix is up to 8 characters without spaces, not "%1".</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::member::MemberFigures</name>
        <message>
            <location filename="../core/member/MemberFigures.cpp" line="54" />
            <source>A month is written like 2026-11, not "%1".</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::member::MemberRules</name>
        <message>
            <location filename="../core/member/MemberRules.cpp" line="78" />
            <source>%1 must be a whole number from %2 to %3.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/MemberRules.cpp" line="83" />
            <source>program_start must be a date like 2026-01-01, not "%1".</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/MemberRules.cpp" line="90" />
            <source>payment_split is proportional or principal_first, not "%1".</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/MemberRules.cpp" line="97" />
            <source>Each top-up step needs min_topup_fen above 0 and bonus_fen of 0 or more.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/MemberRules.cpp" line="111" />
            <source>Each tier benefit needs a tier, points_multiplier_percent from 0 to 1000 and discount_percent from 0 to 100 ("%1").</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::member::MemberTimeline</name>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="76" />
            <source>expire %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="90" />
            <source>Visit card %1 bought: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="91" />
            <source>%1 uses for %2, until %3</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="101" />
            <source>Visit card %1 used</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="102" />
            <source>Visit card %1: a use given back</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="103" />
            <source>%1 of %2 uses left</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="111" />
            <source>Coupon %1 received: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="112" />
            <source>valid %1 to %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="120" />
            <source>Coupon %1 used: %2 off</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="121" />
            <source>Coupon %1 given back (void)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="122" />
            <source>Coupon %1 given back (refund)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="123" />
            <source>%1 · %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="39" />
            <source>Points %1 earned</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="41" />
            <source>Points %1 redeemed</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="44" />
            <source>Points %1 taken back (void)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="44" />
            <source>Points %1 taken back (refund)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="47" />
            <source>Points %1 given back (void)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="47" />
            <source>Points %1 given back (refund)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="49" />
            <source>Points adjusted by %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="56" />
            <source>Stored value topped up %1, bonus %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="58" />
            <source>Paid %1 from stored value (principal %2, bonus %3)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/MemberTimeline.cpp" line="60" />
            <source>%1 back to stored value (principal %2, bonus %3)</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::member::SaleService</name>
        <message>
            <location filename="../core/member/SaleService.cpp" line="313" />
            <source>The sale %1 was not saved.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="608" />
            <source>The refund %1 was not saved.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="635" />
            <source>A top-up must be more than ¥0 (%1).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="640" />
            <source>%1 has neither a phone nor a member code; only members with one may hold stored value.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="659" />
            <source>Unknown payment method "%1" (cash, card, wechat or alipay).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="700" />
            <source>Adjust by a number of points other than 0.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="702" />
            <source>Give a reason for the points adjustment.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="35" />
            <source>Cash</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="37" />
            <source>Bank card</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="39" />
            <source>WeChat Pay</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="41" />
            <source>Alipay</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="56" />
            <source>owner (no accounts)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="58" />
            <source>%1 (no accounts)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="65" />
            <source>imported order</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="79" />
            <source>Taken back (void)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="81" />
            <source>Returned (void)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="83" />
            <location filename="../core/member/SaleServiceLabels.cpp" line="95" />
            <source>Void</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="86" />
            <source>Earned</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="87" />
            <source>Redeemed</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="88" />
            <source>Taken back (refund)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="89" />
            <source>Returned (refund)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="90" />
            <source>Adjusted</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="91" />
            <source>Top-up</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="92" />
            <source>Payment</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="93" />
            <source>Refund</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleServiceLabels.cpp" line="94" />
            <source>Sale</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/TillStores.cpp" line="54" />
            <source>Not saved: this till has no store yet, and the shop has several, so the money would count for none of them. Choose the store this till stands in first.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="55" />
            <source>No customer with ID %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="92" />
            <source>No visit-card plan %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="96" />
            <source>The amount must be more than ¥0 (%1).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="107" />
            <source>A payment by %1 must be more than ¥0 (%2).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="111" />
            <source>Only one payment can take the rest.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="113" />
            <source>Visit cards are not available yet.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="115" />
            <source>Points to redeem and the amount from stored value cannot be negative.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="150" />
            <source>%1 has %2 points; %3 cannot be redeemed.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="157" />
            <source>%1 points are worth %2, more than the %3 due.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="170" />
            <source>%1 from stored value is more than the %2 due.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="173" />
            <source>The stored-value balance is %1 (principal %2, bonus %3); %4 cannot be paid from it. Nothing was changed.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="190" />
            <source>The payments add up to %1, but %2 is left to pay after stored value and points.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="362" />
            <source>No counter sale numbered %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="367" />
            <source>%1 is itself a void.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="367" />
            <source>%1 is itself a refund.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="375" />
            <source>Sale %1 was already voided (%2).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="375" />
            <source>Sale %1 was already refunded (%2).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/SaleService.cpp" line="432" />
            <source>Visit card %1 sold by sale %2 has no unused uses left; there is nothing to refund.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::member::VisitCards</name>
        <message>
            <location filename="../core/member/VisitCards.cpp" line="38" />
            <source>A visit-card plan needs a name.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/VisitCards.cpp" line="40" />
            <source>A visit-card plan needs at least 1 use (got %1).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/VisitCards.cpp" line="42" />
            <source>A visit-card plan's price cannot be negative.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/VisitCards.cpp" line="45" />
            <source>A visit-card plan is valid for at least 1 month (got %1).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/VisitCards.cpp" line="53" />
            <source>A visit-card plan named "%1" already exists.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/VisitCards.cpp" line="97" />
            <location filename="../core/member/VisitCards.cpp" line="115" />
            <source>A visit card needs the day it is sold.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/VisitCards.cpp" line="123" />
            <source>No visit-card plan %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/VisitCards.cpp" line="149" />
            <source>Visit card %1 was sold on %2; a use cannot be dated %3.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/VisitCards.cpp" line="152" />
            <source>Visit card %1 expired on %2; it cannot be used any more (%3 of %4 uses left unused).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/VisitCards.cpp" line="157" />
            <source>Visit card %1 is used up (%2 of %2 uses taken).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/VisitCards.cpp" line="165" />
            <source>A visit-card use needs its day.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/VisitCards.cpp" line="173" />
            <location filename="../core/member/VisitCards.cpp" line="181" />
            <source>No visit card %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/VisitCards.cpp" line="211" />
            <source>No visit-card use %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/member/VisitCards.cpp" line="213" />
            <source>Visit-card use %1 was already undone.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::report::DashboardData</name>
        <message>
            <location filename="../core/report/DashboardData.cpp" line="35" />
            <source>No figures yet: the dashboard fills after the first segmentation run.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::report::Figures</name>
        <message>
            <location filename="../core/report/Figures.cpp" line="69" />
            <source>Customer records</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="70" />
            <source>Orders recorded</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="71" />
            <source>Customers by lifecycle stage</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="72" />
            <source>Customers by RFM segment</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="73" />
            <source>Customers who bought</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="74" />
            <source>Bought in the last 12 months</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="75" />
            <source>At risk</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="76" />
            <source>12-month spend of customers at risk</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="77" />
            <source>Repurchase rate (12 months)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="78" />
            <source>Revenue this month</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="79" />
            <source>Average order this month</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="80" />
            <source>Revenue, last 12 months</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="81" />
            <source>New customers</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="82" />
            <source>Customers turned dormant</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="83" />
            <source>Customers in the tier</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="84" />
            <source>Tier revenue, 12 months</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="85" />
            <source>Tier average order</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="86" />
            <source>Orders</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="87" />
            <source>Total spend</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="88" />
            <source>Average order</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="89" />
            <source>Last purchase</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="90" />
            <source>12-month spend</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="91" />
            <source>Predicted value</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="100" />
            <source>Every customer on file that the list shows, including people who have not bought anything yet. Counted now.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="103" />
            <source>Orders in the database, refunds not counted. Counted now.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="105" />
            <source>Customers in each lifecycle stage as of the latest segmentation run. A stage judges each customer against their own rhythm: “Active” means buying as often as usual, which is not the same as “bought in the last 12 months”.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="109" />
            <source>Customers in each RFM segment (eight-segment model) as of the latest segmentation run.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="111" />
            <source>Customers with at least one order by the month's end. Customer records without any order (prospects) are not counted, so this can be lower than the number of customer records.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="114" />
            <source>Customers with at least one order in the 12 months up to the month's end. Not the lifecycle stage “Active”, which judges each customer against their own rhythm.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="117" />
            <source>Customers in the lifecycle stage “at risk” at the month's end: past their usual gap between purchases, not yet dormant.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="120" />
            <source>What the customers at risk spent in the 12 months up to the month's end, refunds deducted.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="122" />
            <source>Of the customers who bought in the 12 months up to the month's end, the share with two orders or more in those 12 months.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="125" />
            <source>Orders minus refunds dated in the month, up to the day its figures were taken.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="127" />
            <source>The month's revenue (refunds deducted) divided by the month's orders (refunds are not orders).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="129" />
            <source>Orders minus refunds over the 12 months up to the month's end.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="131" />
            <source>Customers whose first order was in the month.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="133" />
            <source>Customers who entered the lifecycle stage “dormant” in the month.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="135" />
            <source>Customers in the tier at the month's end.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="137" />
            <source>What the tier's customers spent in the 12 months up to the month's end: orders minus refunds. When their refunds in those months exceed their orders (refunds of purchases made earlier), it shows as net refunds.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="141" />
            <source>The tier's 12-month revenue divided by its orders in those 12 months.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="143" />
            <source>The customer's orders, every one on file; refunds are not counted as orders. Counted now.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="145" />
            <source>Everything the customer has paid, refunds deducted. Counted now.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="147" />
            <source>Total spend divided by orders. Counted now.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="149" />
            <source>The date of the customer's latest order (refunds are not purchases).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="151" />
            <source>Orders minus refunds in the 12 months up to the latest segmentation run; the same amount the tier is judged by.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="154" />
            <source>What the purchase models expect the customer to spend over the next 12 months, discounted, as of the latest segmentation run. Until a customer buys a second time it is the shop's average for new customers, not a judgement of that person.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="173" />
            <source>Customers belong to the whole chain. A store's figures are those of the customers whose home store it is (where they first bought, or set by hand), with all their orders at any store of the chain; so each customer counts under one store only.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/Figures.cpp" line="188" />
            <source>net refunds %1</source>
            <comment>a tier whose refunds exceed its purchases; %1 is the amount</comment>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::report::MemberSection</name>
        <message>
            <location filename="../core/report/MemberSection.cpp" line="29" />
            <source>Stored value owed (principal + bonus)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/MemberSection.cpp" line="30" />
            <source>%1 (%2 + %3)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/MemberSection.cpp" line="31" />
            <source>Points outstanding</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/MemberSection.cpp" line="31" />
            <location filename="../core/report/MemberSection.cpp" line="33" />
            <source>%1, worth %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/MemberSection.cpp" line="32" />
            <source>Unused visit-card uses</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/MemberSection.cpp" line="34" />
            <source>Owed to members in all</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/MemberSection.cpp" line="35" />
            <source>Top-ups this month</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/MemberSection.cpp" line="36" />
            <source>%1 for %2; bonus given %3</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/MemberSection.cpp" line="37" />
            <source>Points this month</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/MemberSection.cpp" line="38" />
            <source>earned %1, spent %2, expired %3</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/MemberSection.cpp" line="39" />
            <source>Visit-card uses this month</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/MemberSection.cpp" line="40" />
            <source>Member-day sales this month</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/MemberSection.cpp" line="41" />
            <source>%1 for %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/MemberSection.cpp" line="44" />
            <source>Coupon type %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/MemberSection.cpp" line="45" />
            <source>%1 of %2 used (%3)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/MemberSection.cpp" line="54" />
            <source>Member program</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::report::MonthlyReport</name>
        <message>
            <location filename="../core/report/MonthlyReport.cpp" line="69" />
            <source>%1 is not a month (expected YYYY-MM).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/MonthlyReport.cpp" line="89" />
            <source>There are no figures for %1 yet: run the segmentation (clientele-cli segment) first.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::report::ReportRenderer</name>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="154" />
            <source>Monthly tier report</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="160" />
            <source>No home store</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="162" />
            <source>%1 (%2)</source>
            <comment>store name and code</comment>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="170" />
            <source>, </source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="176" />
            <source>MMMM yyyy</source>
            <comment>month and year, QLocale date format</comment>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="202" />
            <source>figures as of %1; changes against %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="208" />
            <source>Campaigns, service tickets and the member program are the whole chain's.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="212" />
            <source>Key figures</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="213" />
            <source>Figure</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="213" />
            <source>Change</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="220" />
            <source>Tiers</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="221" />
            <location filename="../core/report/ReportRenderer.cpp" line="236" />
            <location filename="../core/report/ReportRenderer.cpp" line="279" />
            <location filename="../core/report/ReportRenderer.cpp" line="287" />
            <location filename="../core/report/ReportRenderer.cpp" line="297" />
            <location filename="../core/report/ReportRenderer.cpp" line="324" />
            <source>Tier</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="221" />
            <source>Customers</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="221" />
            <source>Share</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="221" />
            <location filename="../core/report/ReportRenderer.cpp" line="287" />
            <location filename="../core/report/ReportRenderer.cpp" line="297" />
            <source>Revenue, 12 months</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="221" />
            <source>Revenue share</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="222" />
            <source>Average order</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="222" />
            <source>Change in customers</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="235" />
            <source>Customers per tier and store</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="243" />
            <source>Share of customers and of revenue</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="247" />
            <source>customers</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="249" />
            <source>revenue</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="255" />
            <source>Tier migration from %1 to %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="257" />
            <source>From \ to</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="278" />
            <source>Top customers per tier</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="279" />
            <location filename="../core/report/ReportRenderer.cpp" line="324" />
            <source>Customer</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="279" />
            <location filename="../core/report/ReportRenderer.cpp" line="324" />
            <source>Spend, 12 months</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="279" />
            <location filename="../core/report/ReportRenderer.cpp" line="324" />
            <source>Last purchase</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="282" />
            <location filename="../core/report/ReportRenderer.cpp" line="327" />
            <source>%1 days ago</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="286" />
            <source>Top categories per tier</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="287" />
            <source>Category</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="287" />
            <location filename="../core/report/ReportRenderer.cpp" line="297" />
            <source>Units</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="290" />
            <source>(no category)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="296" />
            <source>Top products per tier</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="297" />
            <source>Product</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="306" />
            <source>Campaigns this month</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="307" />
            <source>Campaign</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="307" />
            <source>Contacted</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="307" />
            <source>Held out</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="307" />
            <source>Contact date</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="307" />
            <source>Conversion lift (95% interval)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="311" />
            <source>not yet</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="312" />
            <source>%1 pts (%2 to %3)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="320" />
            <source>Customers at risk</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="322" />
            <source>Nobody is at risk this month.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="331" />
            <source>Follow-ups</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="333" />
            <source>Due this month: %1 done, %2 still open. Overdue today: %3.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="334" />
            <source>Due this month: %1 done, %2 still open. Overdue at the month's end: %3.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="341" />
            <source>%1 h %2 min</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="345" />
            <source>Service</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="346" />
            <source>Tickets opened: %1, resolved: %2, resolved within SLA: %3. Median first response: %4; median resolution: %5 (opening hours).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="352" />
            <source>Net promoter score: %1 (%2 answers: %3 promoters, %4 passives, %5 detractors).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="363" />
            <source>How these figures are counted</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="61" />
            <source> pts</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="73" />
            <source>New since</source>
            <translation />
        </message>
        <message>
            <location filename="../core/report/ReportRenderer.cpp" line="148" />
            <source>%1 (whole chain)</source>
            <comment>a report section not split by store</comment>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::security::AuditLog</name>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="37" />
            <location filename="../core/security/AuditLog.cpp" line="46" />
            <source>Writing the audit log</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="57" />
            <location filename="../core/security/AuditLog.cpp" line="70" />
            <location filename="../core/security/AuditLog.cpp" line="78" />
            <source>Reading the audit log</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="98" />
            <source>Export</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="99" />
            <source>Privacy export</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="100" />
            <source>Customer erased</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="101" />
            <source>Merge</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="102" />
            <source>Merge undone</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="103" />
            <source>Import undone</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="104" />
            <source>Rules changed</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="105" />
            <source>Customer fields changed</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="106" />
            <source>Backup restored</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="107" />
            <source>Sensitive data shown</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="108" />
            <source>Sensitive-field passphrase</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="109" />
            <source>User added</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="110" />
            <source>User removed</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="111" />
            <source>Role changed</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="112" />
            <source>Password changed</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="113" />
            <source>Signed in</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="114" />
            <source>Sign-in failed</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="115" />
            <source>Locked out</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="116" />
            <source>Points adjusted</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="117" />
            <source>Sale refunded after its day</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="118" />
            <source>Stores changed</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/AuditLog.cpp" line="119" />
            <source>User's stores changed</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::security::FieldVault</name>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="155" />
            <source>The sensitive fields already have a passphrase; change it instead.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="157" />
            <location filename="../core/security/FieldVault.cpp" line="214" />
            <source>A passphrase needs at least %1 characters.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="159" />
            <source>The encryption library could not start.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="186" />
            <source>No passphrase is set for the sensitive fields yet.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="192" />
            <source>Wrong passphrase for the sensitive fields.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="230" />
            <location filename="../core/security/FieldVault.cpp" line="352" />
            <location filename="../core/security/FieldVault.cpp" line="369" />
            <location filename="../core/security/FieldVault.cpp" line="381" />
            <source>Reading sensitive fields</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="237" />
            <source>The sensitive field %1 of customer %2 does not open; nothing was changed.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="249" />
            <source>Re-encrypting sensitive fields</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="282" />
            <source>A field name is letters, digits and _ (for example passport_no).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="299" />
            <source>ID card number</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="301" />
            <source>Private notes</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="314" />
            <source>“%1” is not a sensitive field.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="319" />
            <location filename="../core/security/FieldVault.cpp" line="327" />
            <source>Saving a sensitive field</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="338" />
            <source>The sensitive field %1 of customer %2 does not open (changed outside Clientele?).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="61" />
            <source>The key settings of the sensitive fields are damaged.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="67" />
            <source>The key could not be derived (out of memory?).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/FieldVault.cpp" line="135" />
            <source>The sensitive fields are locked: unlock them with the owner's passphrase.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::security::PhoneVisibility</name>
        <message>
            <location filename="../core/security/PhoneVisibility.cpp" line="41" />
            <source>customer %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/PhoneVisibility.cpp" line="42" />
            <source>phone number (%1)</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::security::Session</name>
        <message>
            <location filename="../core/security/Session.cpp" line="100" />
            <source>owner (no accounts)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/Session.cpp" line="100" />
            <source>%1 (no accounts)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/Session.cpp" line="125" />
            <source>Staff accounts may not %1. Ask the owner to sign in.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/Session.cpp" line="33" />
            <source>export customer data</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/Session.cpp" line="34" />
            <source>erase customers</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/Session.cpp" line="35" />
            <source>merge customers or undo merges</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/Session.cpp" line="36" />
            <source>undo imports</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/Session.cpp" line="37" />
            <source>change tier or care rules</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/Session.cpp" line="38" />
            <source>see full phone numbers</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/Session.cpp" line="39" />
            <source>manage user accounts</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/Session.cpp" line="40" />
            <source>read the audit log</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/Session.cpp" line="41" />
            <source>restore backups</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/Session.cpp" line="42" />
            <source>adjust points or refund a sale after its day</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/Session.cpp" line="43" />
            <source>change the store list or a customer's home store</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/Session.cpp" line="67" />
            <source>Owner</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/Session.cpp" line="67" />
            <source>Staff</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::security::UserDirectory</name>
        <message>
            <location filename="../core/security/UserDirectory.cpp" line="58" />
            <location filename="../core/security/UserDirectory.cpp" line="66" />
            <location filename="../core/security/UserDirectory.cpp" line="79" />
            <location filename="../core/security/UserDirectory.cpp" line="89" />
            <location filename="../core/security/UserDirectory.cpp" line="242" />
            <source>Reading user accounts</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/UserDirectory.cpp" line="81" />
            <source>There is no user named “%1”.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/UserDirectory.cpp" line="101" />
            <source>Sign in as an owner to manage user accounts.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/UserDirectory.cpp" line="109" />
            <source>A password needs at least %1 characters.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/UserDirectory.cpp" line="117" />
            <source>A user needs a name.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/UserDirectory.cpp" line="126" />
            <source>The first account must be the owner's.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/UserDirectory.cpp" line="128" />
            <source>There is already a user named “%1”.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/UserDirectory.cpp" line="131" />
            <location filename="../core/security/UserDirectory.cpp" line="162" />
            <source>The password could not be hashed (out of memory?).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/UserDirectory.cpp" line="139" />
            <location filename="../core/security/UserDirectory.cpp" line="168" />
            <location filename="../core/security/UserDirectory.cpp" line="192" />
            <location filename="../core/security/UserDirectory.cpp" line="253" />
            <source>Saving a user account</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/UserDirectory.cpp" line="187" />
            <source>“%1” is the only owner; make someone else owner first.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/UserDirectory.cpp" line="212" />
            <source>“%1” is the only owner; remove the staff accounts first or make another owner.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/UserDirectory.cpp" line="218" />
            <source>Removing a user account</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/UserDirectory.cpp" line="232" />
            <source>unknown name</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/UserDirectory.cpp" line="237" />
            <source>Too many wrong passwords: “%1” is locked until %2.</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../core/security/UserDirectory.cpp" line="258" />
            <source>%Ln wrong password(s) in a row</source>
            <translation>
                <numerusform>%Ln wrong password in a row</numerusform>
                <numerusform>%Ln wrong passwords in a row</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/security/UserDirectory.cpp" line="266" />
            <source>Too many wrong passwords: “%1” is locked for %2 minutes.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/security/UserDirectory.cpp" line="38" />
            <source>Wrong user name or password.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::segmentation::Lifecycle</name>
        <message>
            <location filename="../core/segmentation/Lifecycle.cpp" line="61" />
            <source>No purchases yet</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/Lifecycle.cpp" line="63" />
            <source>No purchase for %1 days (dormant from %2 days)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/Lifecycle.cpp" line="65" />
            <source>First purchase %1 days ago (new for %2 days)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/Lifecycle.cpp" line="67" />
            <source>Bought again on %1 after %2 days away</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/Lifecycle.cpp" line="76" />
            <source>one purchase so far, overdue after %1 days</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/Lifecycle.cpp" line="77" />
            <source>usually every %1 days, overdue after %2 days</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/Lifecycle.cpp" line="79" />
            <source>%1 days since the last purchase; %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/Lifecycle.cpp" line="80" />
            <source>Last purchase %1 days ago; %2</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::segmentation::RfmSegments</name>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="124" />
            <source>no purchases yet</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="126" />
            <source>high</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="127" />
            <source>low</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="129" />
            <source>R %1 (%2 days vs average %3), F %4 (%5 orders vs average %6.%7), M %8 (%9 vs average %10)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/RfmSegments.cpp" line="142" />
            <source>R%1 F%2 M%3 (FM %4)</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::segmentation::TierPolicy</name>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="53" />
            <source>No purchases yet</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="55" />
            <source>%1: no purchase for %2 days (dormant from %3)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="70" />
            <source>%1: 12-month spend %2 ≥ %3</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="72" />
            <source>%1: 12-month spend %2 &lt; %3</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="77" />
            <location filename="../core/segmentation/TierPolicy.cpp" line="78" />
            <source>%1: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="99" />
            <source>%1 kept (month %2 of %3 below the line): %4</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="115" />
            <source>%1: no purchase for %2 days</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="117" />
            <source>%1: bought again, 12-month spend %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="119" />
            <source>%1: 12-month spend %2 from %3 to %4</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="120" />
            <source>rose</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="120" />
            <source>fell</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="122" />
            <source>%1: M score %2 → %3, F score %4 → %5</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="33" />
            <source> and </source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="33" />
            <source> or </source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="37" />
            <source>CLV score</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="37" />
            <source>M score</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="38" />
            <source>F score</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/TierPolicy.cpp" line="40" />
            <source>, P(alive) %1 %2 %3%</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::segmentation::TierRules</name>
        <message>
            <location filename="../core/segmentation/TierRules.cpp" line="75" />
            <source>Tier rules need "scheme": "spend" or "value".</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/TierRules.cpp" line="80" />
            <source>dormant_days must be at least 1 and grace_months between 0 and 24.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/TierRules.cpp" line="83" />
            <source>Tier rules need at least one level.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/TierRules.cpp" line="90" />
            <source>Each tier level needs its own key (not "dormant" or "none").</source>
            <translation />
        </message>
        <message>
            <location filename="../core/segmentation/TierRules.cpp" line="97" />
            <source>Spend levels must be listed from the highest threshold down.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::service::HealthFigures</name>
        <message>
            <location filename="../core/service/HealthFigures.cpp" line="64" />
            <location filename="../core/service/HealthFigures.cpp" line="173" />
            <source>“%1” is not a month like 2026-10.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/HealthFigures.cpp" line="196" />
            <source>Unknown health figure “%1”.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/HealthFigures.cpp" line="202" />
            <source>Net promoter score</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/HealthFigures.cpp" line="204" />
            <source>Repurchase rate</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/HealthFigures.cpp" line="206" />
            <source>Average customer value</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/HealthFigures.cpp" line="208" />
            <source>Customers turning dormant</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/HealthFigures.cpp" line="210" />
            <source>Tickets resolved within SLA</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/HealthFigures.cpp" line="217" />
            <source>What the shop's customers are worth a year: what the customers who bought in the 12 months to the month's end spent in them (less their refunds), divided by their number. A refund to someone who bought nothing in those months does not count. The line plots the same figure at each month's end. A customer's own predicted value is on their profile.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::service::Nps</name>
        <message>
            <location filename="../core/service/Nps.cpp" line="109" />
            <location filename="../core/service/Nps.cpp" line="120" />
            <location filename="../core/service/TicketFigures.cpp" line="67" />
            <source>“%1” is not a month like 2026-10.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::service::ServiceSettings</name>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="33" />
            <source>Monday</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="34" />
            <source>Tuesday</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="35" />
            <source>Wednesday</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="36" />
            <source>Thursday</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="37" />
            <source>Friday</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="38" />
            <source>Saturday</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="39" />
            <source>Sunday</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="57" />
            <source>%1: the shop must open before it closes (%2).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="61" />
            <source>The shop must be open on at least one day, or no ticket could ever fall due.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="65" />
            <source>Time to resolve a ticket of priority “%1” must be between %2 minutes and %3 working days, not %4 minutes.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="73" />
            <source>The NPS warning line must be between −100 and +100, not %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="75" />
            <source>The NPS drop that warns must be between 1 and 200 points, not %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="116" />
            <source>Unknown service setting “%1” (expected hours, sla_minutes, nps).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="122" />
            <source>Unknown day “%1” in hours (expected mon … sun).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="125" />
            <source>Opening hours for %1 must look like 10:00-21:00 or closed, not “%2”.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="132" />
            <source>Unknown priority “%1” in sla_minutes (expected urgent, high, normal, low).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="135" />
            <source>Minutes for %1 must be a whole number, not “%2”.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="143" />
            <source>nps.%1 must be a whole number, not “%2”.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/ServiceSettings.cpp" line="149" />
            <source>Unknown NPS setting “%1” (expected below, drop).</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::service::Surveys</name>
        <message>
            <location filename="../core/service/Surveys.cpp" line="108" />
            <source>Cannot open %1: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/Surveys.cpp" line="119" />
            <source>%1 is empty.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/Surveys.cpp" line="126" />
            <source>%1 needs the columns phone or member code, date and score (found: %2).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/Surveys.cpp" line="146" />
            <source>no customer with this phone or member code</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/Surveys.cpp" line="149" />
            <source>not a date</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/Surveys.cpp" line="153" />
            <source>not a score from 0 to 10</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/Surveys.cpp" line="212" />
            <source>No free reply code for customer %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/Surveys.cpp" line="224" />
            <source>There is no reply code %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/Surveys.cpp" line="226" />
            <source>Reply code %1 was answered already.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/Surveys.cpp" line="72" />
            <source>A score is 0 to 10, not %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/Surveys.cpp" line="74" />
            <source>The answer needs a date.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::service::Tickets</name>
        <message>
            <location filename="../core/service/Tickets.cpp" line="70" />
            <location filename="../core/service/Tickets.cpp" line="137" />
            <source>A ticket needs a subject.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="71" />
            <location filename="../core/service/Tickets.cpp" line="138" />
            <source>kind</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="73" />
            <location filename="../core/service/Tickets.cpp" line="140" />
            <source>priority</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="76" />
            <source>The ticket needs a valid time.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="101" />
            <source>status</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="104" />
            <source>The change needs a valid time.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="113" />
            <source>Ticket %1 is already %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="116" />
            <source>%1 lies before the ticket's last change (%2).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="198" />
            <source>Complaint</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="200" />
            <source>Return</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="202" />
            <source>Repair</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="204" />
            <source>Question</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="211" />
            <source>Urgent</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="213" />
            <source>High</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="215" />
            <source>Normal</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="217" />
            <source>Low</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="224" />
            <source>open</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="226" />
            <source>waiting for customer</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="228" />
            <source>resolved</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="230" />
            <source>closed</source>
            <translation />
        </message>
        <message>
            <location filename="../core/service/Tickets.cpp" line="25" />
            <source>Unknown %1 “%2” (use one of: %3).</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::storage::AutomationRepository</name>
        <message>
            <location filename="../core/storage/AutomationRepository.cpp" line="48" />
            <location filename="../core/storage/AutomationRepository.cpp" line="60" />
            <source>Reading automation rules</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/AutomationRepository.cpp" line="62" />
            <location filename="../core/storage/AutomationRepository.cpp" line="79" />
            <location filename="../core/storage/AutomationRepository.cpp" line="103" />
            <source>There is no automation rule %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/AutomationRepository.cpp" line="77" />
            <source>Saving automation rule %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/AutomationRepository.cpp" line="90" />
            <source>Saving an automation rule</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/AutomationRepository.cpp" line="101" />
            <source>Switching automation rule %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/AutomationRepository.cpp" line="117" />
            <location filename="../core/storage/AutomationRepository.cpp" line="134" />
            <source>Reading customers for automation rules</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/AutomationRepository.cpp" line="155" />
            <location filename="../core/storage/AutomationRepository.cpp" line="181" />
            <location filename="../core/storage/AutomationRepository.cpp" line="194" />
            <source>Reading what automation rules did</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/AutomationRepository.cpp" line="172" />
            <source>Recording what an automation rule did</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::storage::Backups</name>
        <message>
            <location filename="../core/storage/Backups.cpp" line="45" />
            <source>%1 does not exist.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Backups.cpp" line="57" />
            <source>not a database file (%1)</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Backups.cpp" line="85" />
            <source>Keep 1 to 1000 daily and 0 to 1000 weekly backups.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Backups.cpp" line="197" />
            <source>An in-memory database cannot be backed up.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Backups.cpp" line="202" />
            <source>Cannot create the backup folder %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Backups.cpp" line="213" />
            <source>The backup to %1 failed (disk full or not writable?): %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Backups.cpp" line="221" />
            <source>The backup %1 did not pass its integrity check; it was discarded.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Backups.cpp" line="224" />
            <source>Cannot finish the backup %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Backups.cpp" line="262" />
            <source>The backup %1 is damaged (%2); nothing was changed.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Backups.cpp" line="267" />
            <source>Cannot set %1 aside; nothing was changed.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Backups.cpp" line="275" />
            <source>Cannot copy %1 to %2; nothing was changed.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::storage::CampaignRepository</name>
        <message>
            <location filename="../core/storage/CampaignRepository.cpp" line="86" />
            <source>Saving the campaign</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CampaignRepository.cpp" line="98" />
            <location filename="../core/storage/CampaignRepository.cpp" line="111" />
            <source>Listing campaigns</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CampaignRepository.cpp" line="123" />
            <source>Reading the campaign</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CampaignRepository.cpp" line="135" />
            <location filename="../core/storage/CampaignRepository.cpp" line="150" />
            <source>Reading campaign members</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CampaignRepository.cpp" line="174" />
            <location filename="../core/storage/CampaignRepository.cpp" line="185" />
            <location filename="../core/storage/CampaignRepository.cpp" line="195" />
            <source>Marking contacts</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CampaignRepository.cpp" line="212" />
            <source>Reading purchases after the campaign</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CampaignRepository.cpp" line="230" />
            <source>Reading customers for the message</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CampaignRepository.cpp" line="247" />
            <location filename="../core/storage/CampaignRepository.cpp" line="250" />
            <source>Counting customers left out</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CampaignRepository.cpp" line="259" />
            <source>Reading the customer</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CampaignRepository.cpp" line="269" />
            <source>Reading the campaign's coupons</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CampaignRepository.cpp" line="286" />
            <source>Recording the campaign's coupon</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CampaignRepository.cpp" line="299" />
            <source>Saving the filter</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CampaignRepository.cpp" line="305" />
            <source>Reading saved filters</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CampaignRepository.cpp" line="317" />
            <source>Removing the filter</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CampaignRepository.cpp" line="65" />
            <source>Adding a campaign member</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::storage::CardStore</name>
        <message>
            <location filename="../core/storage/CardStore.cpp" line="108" />
            <source>Saving visit-card plan %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CardStore.cpp" line="116" />
            <location filename="../core/storage/CardStore.cpp" line="128" />
            <location filename="../core/storage/CardStore.cpp" line="139" />
            <source>Reading visit-card plans</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CardStore.cpp" line="152" />
            <source>Numbering visit cards</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CardStore.cpp" line="173" />
            <location filename="../core/storage/CardStore.cpp" line="182" />
            <source>Saving visit card %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CardStore.cpp" line="252" />
            <source>Recording a visit-card use</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CardStore.cpp" line="261" />
            <location filename="../core/storage/CardStore.cpp" line="273" />
            <location filename="../core/storage/CardStore.cpp" line="286" />
            <source>Reading visit-card uses</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CardStore.cpp" line="305" />
            <source>Cancelling the visit card's unused uses</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CardStore.cpp" line="69" />
            <source>Reading visit cards</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::storage::CouponStore</name>
        <message>
            <location filename="../core/storage/CouponStore.cpp" line="149" />
            <source>Saving coupon type %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CouponStore.cpp" line="192" />
            <source>Issuing coupon %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CouponStore.cpp" line="202" />
            <location filename="../core/storage/CouponStore.cpp" line="260" />
            <source>Reading coupons</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CouponStore.cpp" line="280" />
            <source>Recording a coupon redemption</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CouponStore.cpp" line="53" />
            <source>Reading coupon types</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::storage::CustomFieldRepository</name>
        <message>
            <location filename="../core/storage/CustomFieldRepository.cpp" line="56" />
            <source>Reading the customer fields</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CustomFieldRepository.cpp" line="68" />
            <source>Reading the customer field %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CustomFieldRepository.cpp" line="86" />
            <source>Adding the customer field %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CustomFieldRepository.cpp" line="95" />
            <source>Renaming a customer field</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CustomFieldRepository.cpp" line="103" />
            <source>Changing the choices of a customer field</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CustomFieldRepository.cpp" line="110" />
            <source>Removing a customer field</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CustomFieldRepository.cpp" line="118" />
            <location filename="../core/storage/CustomFieldRepository.cpp" line="129" />
            <source>Counting the values of a customer field</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CustomFieldRepository.cpp" line="139" />
            <location filename="../core/storage/CustomFieldRepository.cpp" line="153" />
            <source>Reading the fields of customer %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CustomFieldRepository.cpp" line="164" />
            <location filename="../core/storage/CustomFieldRepository.cpp" line="170" />
            <source>Saving the fields of customer %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CustomFieldRepository.cpp" line="182" />
            <source>Undoing import %1</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::storage::CustomerQueries</name>
        <message>
            <location filename="../core/storage/CustomerQueries.cpp" line="308" />
            <location filename="../core/storage/CustomerQueries.cpp" line="390" />
            <source>Listing customers</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CustomerQueries.cpp" line="360" />
            <location filename="../core/storage/CustomerQueries.cpp" line="368" />
            <source>Counting customers</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CustomerQueries.cpp" line="427" />
            <source>Counting the customers of each store</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CustomerQueries.cpp" line="452" />
            <source>Reading customers for export</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CustomerQueries.cpp" line="402" />
            <source>Reading the filter choices</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::storage::CustomerRepository</name>
        <message>
            <location filename="../core/storage/CustomerRepository.cpp" line="115" />
            <location filename="../core/storage/CustomerRepository.cpp" line="119" />
            <source>Saving customer %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CustomerRepository.cpp" line="156" />
            <source>Updating customer %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CustomerRepository.cpp" line="165" />
            <source>Deleting customer %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CustomerRepository.cpp" line="174" />
            <location filename="../core/storage/CustomerRepository.cpp" line="210" />
            <source>Looking up a customer</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CustomerRepository.cpp" line="230" />
            <source>Looking up customers</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CustomerRepository.cpp" line="282" />
            <source>Searching customers</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CustomerRepository.cpp" line="295" />
            <source>Counting customers</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CustomerRepository.cpp" line="322" />
            <source>Saving tag %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CustomerRepository.cpp" line="327" />
            <source>Tagging customer %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CustomerRepository.cpp" line="345" />
            <source>Removing tags of customer %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CustomerRepository.cpp" line="358" />
            <source>Removing tag %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CustomerRepository.cpp" line="369" />
            <source>Reading tags</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CustomerRepository.cpp" line="409" />
            <source>Unknown customer column %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CustomerRepository.cpp" line="424" />
            <source>Restoring %1 of customer %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CustomerInsertBatch.cpp" line="29" />
            <location filename="../core/storage/CustomerInsertBatch.cpp" line="86" />
            <source>Saving customers</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/CustomerInsertBatch.cpp" line="93" />
            <location filename="../core/storage/CustomerInsertBatch.cpp" line="96" />
            <source>Saving tags</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::storage::Database</name>
        <message>
            <location filename="../core/storage/Database.cpp" line="110" />
            <source>%1 cannot be opened read-only: its data version is %2, this Clientele needs %3.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Database.cpp" line="128" />
            <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Database.cpp" line="132" />
            <source>%1 is a folder, not a database file.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Database.cpp" line="134" />
            <source>Cannot create the folder %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Database.cpp" line="142" />
            <source>Cannot open the database %1: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Database.cpp" line="150" />
            <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Database.cpp" line="176" />
            <source>%1 cannot be opened: its folder is read-only, and SQLite writes its journal beside the file. Copy the file to a folder you can write to.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Database.cpp" line="180" />
            <source>%1 is not a Clientele database (or it is damaged).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Database.cpp" line="51" />
            <source>%1: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/dialect/PostgresConnectError.cpp" line="32" />
            <source>The shop server %1 did not accept user %2: the password is wrong, or the server does not know this user.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/dialect/PostgresConnectError.cpp" line="37" />
            <source>The shop server %1 has no database named %2. Check the name, or ask whoever runs the server to create it.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/dialect/PostgresConnectError.cpp" line="42" />
            <source>The shop server %1 does not offer TLS, and this connection requires it.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/dialect/PostgresConnectError.cpp" line="47" />
            <source>No shop server answers at %1. Check the host name and the port (%2), and that the server is running and reachable from this computer.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/dialect/PostgresConnectError.cpp" line="52" />
            <source>Cannot connect to the shop server %1: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/dialect/PostgresDialect.cpp" line="101" />
            <source>Storing the schema version</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/dialect/PostgresDialect.cpp" line="186" />
            <source> The connection to the server was lost; nothing was changed.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/dialect/PostgresDialect.cpp" line="188" />
            <source> The server's disk is full; nothing was changed.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/dialect/PostgresDialect.cpp" line="190" />
            <source> This server account may not change the shop; nothing was changed.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/dialect/PostgresDialect.cpp" line="278" />
            <source>Moving the ids of %1 on</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/dialect/SqliteDialect.cpp" line="50" />
            <source>Switching %1 to WAL</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/dialect/SqliteDialect.cpp" line="132" />
            <source> The disk may be full or the file too large for it; nothing was changed.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/dialect/SqliteDialect.cpp" line="134" />
            <source> The file or its folder is read-only; nothing was changed.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::storage::DatabaseLocation</name>
        <message>
            <location filename="../core/storage/DatabaseLocation.cpp" line="42" />
            <source>No database given.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/DatabaseLocation.cpp" line="49" />
            <source>%1 is not a database Clientele can open: give a file path or a server address postgresql://USER@HOST[:PORT]/DATABASE.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/DatabaseLocation.cpp" line="54" />
            <source>The server address is not valid: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/DatabaseLocation.cpp" line="61" />
            <source>The server address names no user: postgresql://USER@HOST/DATABASE.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/DatabaseLocation.cpp" line="63" />
            <source>The server address names no host: postgresql://USER@HOST/DATABASE.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/DatabaseLocation.cpp" line="65" />
            <source>The server address names no database: postgresql://USER@HOST/DATABASE.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/DatabaseLocation.cpp" line="69" />
            <source>The port of the server address must be 1 to 65535.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/DatabaseLocation.cpp" line="75" />
            <source>The server address has an option Clientele does not know: %1 (only sslmode).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/DatabaseLocation.cpp" line="77" />
            <source>sslmode must be disable, allow, prefer, require, verify-ca or verify-full, not %1.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::storage::DeferredIndexes</name>
        <message>
            <location filename="../core/storage/DeferredIndexes.cpp" line="26" />
            <source>Reading %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/DeferredIndexes.cpp" line="41" />
            <source>Reading the indexes of %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/DeferredIndexes.cpp" line="62" />
            <source>Reading the cache size</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::storage::DuplicateQueries</name>
        <message>
            <location filename="../core/storage/DuplicateQueries.cpp" line="31" />
            <source>Looking for duplicate customers</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::storage::FollowUpRepository</name>
        <message>
            <location filename="../core/storage/FollowUpRepository.cpp" line="83" />
            <location filename="../core/storage/FollowUpRepository.cpp" line="121" />
            <location filename="../core/storage/FollowUpRepository.cpp" line="211" />
            <source>Saving a follow-up</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/FollowUpRepository.cpp" line="92" />
            <source>Reading follow-ups</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/FollowUpRepository.cpp" line="105" />
            <location filename="../core/storage/FollowUpRepository.cpp" line="132" />
            <location filename="../core/storage/FollowUpRepository.cpp" line="155" />
            <source>Listing follow-ups</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/FollowUpRepository.cpp" line="113" />
            <location filename="../core/storage/FollowUpRepository.cpp" line="196" />
            <source>A follow-up needs a title and a date.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/FollowUpRepository.cpp" line="141" />
            <source>Reading a follow-up</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/FollowUpRepository.cpp" line="168" />
            <source>Counting follow-ups</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/FollowUpRepository.cpp" line="217" />
            <source>A follow-up needs a date.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/FollowUpRepository.cpp" line="222" />
            <source>Moving a follow-up</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/FollowUpRepository.cpp" line="232" />
            <source>Completing a follow-up</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/FollowUpRepository.cpp" line="241" />
            <source>Cancelling a follow-up</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/FollowUpRepository.cpp" line="251" />
            <source>Reading customers for care rules</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/FollowUpRepository.cpp" line="271" />
            <source>Reading survey answers for care rules</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/FollowUpRepository.cpp" line="64" />
            <source>Follow-up %1 does not exist (any more).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/FollowUpRepository.cpp" line="188" />
            <source>This follow-up is already %1; it can no longer be changed.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/FollowUpRepository.cpp" line="189" />
            <source>done</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/FollowUpRepository.cpp" line="189" />
            <source>cancelled</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::storage::ImportBatchRepository</name>
        <message>
            <location filename="../core/storage/ImportBatchRepository.cpp" line="84" />
            <location filename="../core/storage/ImportBatchRepository.cpp" line="100" />
            <source>Recording the import</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ImportBatchRepository.cpp" line="110" />
            <source>Recording a change</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ImportBatchRepository.cpp" line="117" />
            <source>Listing imports</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ImportBatchRepository.cpp" line="129" />
            <source>Reading import %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ImportBatchRepository.cpp" line="145" />
            <source>There is no import #%1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ImportBatchRepository.cpp" line="147" />
            <source>Import #%1 was already undone.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ImportBatchRepository.cpp" line="157" />
            <source>Import #%1 created customers who now have %2 orders from other imports or entered by hand. Undo those imports first; nothing was changed.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ImportBatchRepository.cpp" line="168" />
            <source>Import #%1 created customers who now have %2 notes or interactions. Undoing it would delete them; nothing was changed.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ImportBatchRepository.cpp" line="179" />
            <source>Reading the changes of import %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ImportBatchRepository.cpp" line="209" />
            <location filename="../core/storage/ImportBatchRepository.cpp" line="222" />
            <location filename="../core/storage/ImportBatchRepository.cpp" line="257" />
            <source>Undoing import %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ImportBatchRepository.cpp" line="53" />
            <source>Checking import %1</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::storage::InteractionRepository</name>
        <message>
            <location filename="../core/storage/InteractionRepository.cpp" line="45" />
            <source>Note</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/InteractionRepository.cpp" line="46" />
            <source>Call</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/InteractionRepository.cpp" line="47" />
            <source>Visit</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/InteractionRepository.cpp" line="48" />
            <source>Message</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/InteractionRepository.cpp" line="57" />
            <source>A note needs some text.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/InteractionRepository.cpp" line="66" />
            <source>Saving a note for customer %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/InteractionRepository.cpp" line="77" />
            <source>Reading the notes of customer %1</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::storage::MappingRepository</name>
        <message>
            <location filename="../core/storage/MappingRepository.cpp" line="23" />
            <source>A saved mapping needs a name.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/MappingRepository.cpp" line="31" />
            <source>Saving the column mapping %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/MappingRepository.cpp" line="39" />
            <source>Reading the column mapping %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/MappingRepository.cpp" line="50" />
            <source>Listing saved column mappings</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::storage::MemberFigureQueries</name>
        <message>
            <location filename="../core/storage/MemberFigureQueries.cpp" line="26" />
            <source>Summing the month's top-ups</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/MemberFigureQueries.cpp" line="38" />
            <source>Summing the month's points</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/MemberFigureQueries.cpp" line="51" />
            <source>Counting the month's visit-card uses</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/MemberFigureQueries.cpp" line="65" />
            <source>Counting coupons by type</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/MemberFigureQueries.cpp" line="79" />
            <source>Reading stored-value balances</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/MemberFigureQueries.cpp" line="95" />
            <source>Reading the month's counter sales</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::storage::MemberRepository</name>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="131" />
            <source>Reading the member rules</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="144" />
            <source>Saving the member rules</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="156" />
            <source>Reading the member account</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="169" />
            <source>Numbering the sale</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="189" />
            <source>Saving the sale's order</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="203" />
            <source>Saving the sale</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="213" />
            <source>Saving the sale's payments</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="224" />
            <source>Reading the sale's payments</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="239" />
            <location filename="../core/storage/MemberRepository.cpp" line="249" />
            <location filename="../core/storage/MemberRepository.cpp" line="258" />
            <source>Reading the sale</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="268" />
            <source>Reading counter sales</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="282" />
            <source>Writing the points ledger</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="292" />
            <location filename="../core/storage/MemberRepository.cpp" line="300" />
            <location filename="../core/storage/MemberRepository.cpp" line="308" />
            <location filename="../core/storage/MemberRepository.cpp" line="370" />
            <source>Reading the points ledger</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="321" />
            <source>Writing the stored-value ledger</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="331" />
            <location filename="../core/storage/MemberRepository.cpp" line="339" />
            <location filename="../core/storage/MemberRepository.cpp" line="350" />
            <source>Reading the stored-value ledger</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="359" />
            <source>Reading the customer's tier</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="379" />
            <source>Reading member codes</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="389" />
            <source>Giving the customer a member code</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/MemberRepository.cpp" line="399" />
            <source>Reading imported orders</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::storage::Migrations</name>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="288" />
            <source>Cannot read the schema version of %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="291" />
            <source>%1 was written by a newer version of Clientele (data version %2; this version understands up to %3). Update Clientele to open it; the file was not changed.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="303" />
            <source>Reading the tables of %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="307" />
            <source>%1 is not a Clientele database: it already holds other tables (%2, …) and no Clientele data version. Choose an empty database or a Clientele one; nothing was changed.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="318" />
            <source>Cannot back up %1 before upgrading it; nothing was changed.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="339" />
            <source>Unknown schema step %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="43" />
            <source>Reading the tables of the shop</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="77" />
            <source>Storing the tier presets</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="86" />
            <location filename="../core/storage/Migrations.cpp" line="104" />
            <location filename="../core/storage/Migrations.cpp" line="236" />
            <location filename="../core/storage/Migrations.cpp" line="255" />
            <source>Storing the care rules</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="114" />
            <source>Reading customer names</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="122" />
            <source>Storing the pinyin of customer names</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="128" />
            <source>Reading follow-ups</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="140" />
            <source>Storing the facts of follow-ups</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="149" />
            <location filename="../core/storage/ProductQueries.cpp" line="250" />
            <source>Reading products</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="156" />
            <source>Marking shipping, fee and discount lines</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="169" />
            <source>Reading the stores on file</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="178" />
            <source>Storing the store list</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="193" />
            <source>Reading monthly figures</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="219" />
            <source>Storing monthly figures</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="259" />
            <source>Reading the care rules</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="270" />
            <source>Storing the automation rules</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/Migrations.cpp" line="278" />
            <source>Recording what the care rules did</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::storage::MonthFigureQueries</name>
        <message>
            <location filename="../core/storage/MonthFigureQueries.cpp" line="55" />
            <source>Counting the month's figures of the stores</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/MonthFigureQueries.cpp" line="86" />
            <source>Counting tiers</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/MonthFigureQueries.cpp" line="99" />
            <source>Counting orders per tier</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/MonthFigureQueries.cpp" line="116" />
            <source>Counting tiers per store</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/MonthFigureQueries.cpp" line="133" />
            <source>Counting customers at risk</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/MonthFigureQueries.cpp" line="152" />
            <source>Counting follow-ups</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::storage::OrderLineRepository</name>
        <message>
            <location filename="../core/storage/OrderLineRepository.cpp" line="47" />
            <source>Reading product %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/OrderLineRepository.cpp" line="57" />
            <location filename="../core/storage/OrderLineRepository.cpp" line="72" />
            <source>Saving product %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/OrderLineRepository.cpp" line="93" />
            <source>Saving an order line</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/OrderLineRepository.cpp" line="103" />
            <location filename="../core/storage/OrderLineRepository.cpp" line="116" />
            <location filename="../core/storage/OrderLineRepository.cpp" line="175" />
            <source>Reading order lines</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/OrderLineRepository.cpp" line="130" />
            <location filename="../core/storage/OrderLineRepository.cpp" line="132" />
            <location filename="../core/storage/OrderLineRepository.cpp" line="187" />
            <source>Reading an order</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/OrderLineRepository.cpp" line="157" />
            <source>Saving an order</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/OrderLineRepository.cpp" line="165" />
            <source>Saving a refund</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::storage::OrderRepository</name>
        <message>
            <location filename="../core/storage/OrderRepository.cpp" line="153" />
            <location filename="../core/storage/OrderRepository.cpp" line="200" />
            <source>Saving order %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/OrderRepository.cpp" line="167" />
            <source>Reading order %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/OrderRepository.cpp" line="232" />
            <location filename="../core/storage/OrderRepository.cpp" line="251" />
            <source>Saving orders</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/OrderRepository.cpp" line="278" />
            <source>Reading orders</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/OrderRepository.cpp" line="301" />
            <location filename="../core/storage/OrderRepository.cpp" line="310" />
            <source>Counting orders</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::storage::PredictionRepository</name>
        <message>
            <location filename="../core/storage/PredictionRepository.cpp" line="43" />
            <location filename="../core/storage/PredictionRepository.cpp" line="60" />
            <location filename="../core/storage/PredictionRepository.cpp" line="71" />
            <location filename="../core/storage/PredictionRepository.cpp" line="83" />
            <location filename="../core/storage/PredictionRepository.cpp" line="94" />
            <source>Reading predictions</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/PredictionRepository.cpp" line="114" />
            <source>The purchase models have not been fitted yet: run clientele-cli segment.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::storage::ProductQueries</name>
        <message>
            <location filename="../core/storage/ProductQueries.cpp" line="109" />
            <location filename="../core/storage/ProductQueries.cpp" line="132" />
            <location filename="../core/storage/ProductQueries.cpp" line="185" />
            <location filename="../core/storage/ProductQueries.cpp" line="196" />
            <location filename="../core/storage/ProductQueries.cpp" line="216" />
            <location filename="../core/storage/ProductQueries.cpp" line="288" />
            <source>Reading products</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ProductQueries.cpp" line="174" />
            <source>Saving the product's repurchase interval</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ProductQueries.cpp" line="176" />
            <source>No product has the code %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ProductQueries.cpp" line="65" />
            <source>Reading the customer's products</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::storage::ReportListQueries</name>
        <message>
            <location filename="../core/storage/ReportListQueries.cpp" line="97" />
            <source>Counting tiers per month</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ReportListQueries.cpp" line="135" />
            <source>Listing the customers of a month's tier</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ReportListQueries.cpp" line="152" />
            <source>Listing the customers of a migration cell</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ReportListQueries.cpp" line="28" />
            <source>Listing customers for the report</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ReportListQueries.cpp" line="41" />
            <source>Counting customers for the dashboard</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::storage::SearchIndex</name>
        <message>
            <location filename="../core/storage/SearchIndex.cpp" line="23" />
            <source>Pausing the search index</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/SearchIndex.cpp" line="29" />
            <source>Resuming the search index</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/SearchIndex.cpp" line="43" />
            <source>Updating the search index</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::storage::SegmentationRepository</name>
        <message>
            <location filename="../core/storage/SegmentationRepository.cpp" line="53" />
            <location filename="../core/storage/SegmentationRepository.cpp" line="112" />
            <source>Reading the order history</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/SegmentationRepository.cpp" line="137" />
            <location filename="../core/storage/SegmentationRepository.cpp" line="176" />
            <source>Reading tier rules</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/SegmentationRepository.cpp" line="139" />
            <source>No %1 tier rules (version %2).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/SegmentationRepository.cpp" line="162" />
            <source>Saving tier rules</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/SegmentationRepository.cpp" line="215" />
            <source>Saving segmentation results</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/SegmentationRepository.cpp" line="266" />
            <location filename="../core/storage/SegmentationRepository.cpp" line="301" />
            <location filename="../core/storage/SegmentationRepository.cpp" line="591" />
            <source>Replacing the %1 snapshot</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/SegmentationRepository.cpp" line="276" />
            <location filename="../core/storage/SegmentationRepository.cpp" line="309" />
            <source>Saving the %1 snapshot</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/SegmentationRepository.cpp" line="336" />
            <source>Saving the figures of %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/SegmentationRepository.cpp" line="346" />
            <source>Reading the %1 snapshot</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/SegmentationRepository.cpp" line="377" />
            <source>Listing months</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/SegmentationRepository.cpp" line="388" />
            <source>Reading the last segmentation date</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/SegmentationRepository.cpp" line="402" />
            <source>Counting tiers</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/SegmentationRepository.cpp" line="423" />
            <source>Computing the tier migration</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/SegmentationRepository.cpp" line="436" />
            <source>Reading monthly figures</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/SegmentationRepository.cpp" line="521" />
            <location filename="../core/storage/SegmentationRepository.cpp" line="540" />
            <location filename="../core/storage/SegmentationRepository.cpp" line="569" />
            <source>Reading segmentation results</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::storage::ServerBackup</name>
        <message>
            <location filename="../core/storage/ServerBackup.cpp" line="43" />
            <source>pg_dump was not found (package postgresql-client-15); the server was not backed up.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ServerBackup.cpp" line="58" />
            <source>pg_dump of %1 failed: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ServerBackup.cpp" line="68" />
            <source>Cannot finish the backup %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ServerBackup.cpp" line="76" />
            <source>pg_restore was not found (package postgresql-client-15).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ServerBackup.cpp" line="80" />
            <source>The backup %1 cannot be read by pg_restore: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ServerBackup.cpp" line="87" />
            <source>The backup %1 is empty.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::storage::ShopMover</name>
        <message>
            <location filename="../core/storage/ShopMover.cpp" line="197" />
            <source>%1 is at data version %2 and %3 at %4; open both with this version of Clientele first.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ShopMover.cpp" line="211" />
            <source>%1 has no table %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ShopMover.cpp" line="231" />
            <source>%1 is not empty (table %2 has %3 rows): a shop is moved only into an empty database; nothing was changed.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ShopMover.cpp" line="252" />
            <source>%1 has no column %2.%3.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ShopMover.cpp" line="266" />
            <source>The copy of %1 does not add up (%2: %3 here, %4 there); nothing was changed.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ShopMover.cpp" line="271" />
            <source>The copy of %1 does not add up (%2 rows here, %3 there); nothing was changed.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ShopMover.cpp" line="40" />
            <source>Listing the tables of %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ShopMover.cpp" line="48" />
            <source>%1 has a table Clientele did not make: %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ShopMover.cpp" line="57" />
            <source>Reading the columns of %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ShopMover.cpp" line="69" />
            <source>Counting the rows of %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ShopMover.cpp" line="79" />
            <source>Reading the foreign keys of %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ShopMover.cpp" line="116" />
            <source>Checking the rows of %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ShopMover.cpp" line="141" />
            <location filename="../core/storage/ShopMover.cpp" line="161" />
            <source>Reading %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/ShopMover.cpp" line="150" />
            <source>Writing %1</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::storage::StoreRepository</name>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="37" />
            <location filename="../core/storage/StoreRepository.cpp" line="53" />
            <location filename="../core/storage/StoreRepository.cpp" line="65" />
            <source>Reading the store list</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="78" />
            <source>Looking up a store</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="93" />
            <location filename="../core/storage/StoreRepository.cpp" line="166" />
            <source>Adding a store</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="96" />
            <source>There is already a store with the code %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="106" />
            <source>Changing a store</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="109" />
            <location filename="../core/storage/StoreRepository.cpp" line="142" />
            <source>There is no store with the code %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="122" />
            <source>Counting what names the store</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="133" />
            <source>Store %1 is named by %2 orders, sales or customers; a store with history stays on the list (rename it instead).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="139" />
            <source>Removing a store</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="156" />
            <source>Reading the stores of the import</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="182" />
            <source>Taking back the stores of an import</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="197" />
            <source>Setting the home stores of customers</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="223" />
            <location filename="../core/storage/StoreRepository.cpp" line="232" />
            <source>Setting the home store of a customer</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="235" />
            <source>There is no customer #%1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="243" />
            <source>Reading the home store of a customer</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="252" />
            <source>Reading the store of this till</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="264" />
            <source>Setting the store of this till</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="271" />
            <source>Reading the stores of a user</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/StoreRepository.cpp" line="283" />
            <location filename="../core/storage/StoreRepository.cpp" line="289" />
            <source>Setting the stores of a user</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::storage::SurveyRepository</name>
        <message>
            <location filename="../core/storage/SurveyRepository.cpp" line="58" />
            <location filename="../core/storage/SurveyRepository.cpp" line="102" />
            <source>Reading survey answers</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/SurveyRepository.cpp" line="74" />
            <source>Saving a survey answer</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/SurveyRepository.cpp" line="114" />
            <location filename="../core/storage/SurveyRepository.cpp" line="134" />
            <source>Saving a reply code</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/SurveyRepository.cpp" line="123" />
            <source>Reading reply codes</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::storage::TicketRepository</name>
        <message>
            <location filename="../core/storage/TicketRepository.cpp" line="76" />
            <source>Saving a service ticket</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/TicketRepository.cpp" line="92" />
            <source>Saving the history of ticket %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/TicketRepository.cpp" line="101" />
            <location filename="../core/storage/TicketRepository.cpp" line="114" />
            <source>Saving ticket %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/TicketRepository.cpp" line="122" />
            <source>Reading ticket %1</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/TicketRepository.cpp" line="124" />
            <source>There is no ticket %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/TicketRepository.cpp" line="140" />
            <location filename="../core/storage/TicketRepository.cpp" line="159" />
            <source>Reading service tickets</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/TicketRepository.cpp" line="174" />
            <location filename="../core/storage/TicketRepository.cpp" line="184" />
            <source>Reading follow-ups</source>
            <translation />
        </message>
        <message>
            <location filename="../core/storage/TicketRepository.cpp" line="202" />
            <source>Reading the history of service tickets</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::stores::StoreScope</name>
        <message>
            <location filename="../core/stores/StoreScope.cpp" line="64" />
            <source>The account %1 sees the figures of its stores only: %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/stores/StoreScope.cpp" line="65" />
            <source>, </source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::stores::StoreService</name>
        <message>
            <location filename="../core/stores/StoreService.cpp" line="52" />
            <source>A store needs a code (for example SH01).</source>
            <translation />
        </message>
        <message>
            <location filename="../core/stores/StoreService.cpp" line="55" />
            <source>The store code "%1" is longer than %2 characters.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/stores/StoreService.cpp" line="59" />
            <source>The store code "%1" has a space in it; use letters, digits, - or _.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/stores/StoreService.cpp" line="107" />
            <source>There is no store "%1": the store list is empty. Add the store first.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/stores/StoreService.cpp" line="109" />
            <source>There is no store "%1". The stores are: %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../core/stores/StoreService.cpp" line="109" />
            <source>, </source>
            <translation />
        </message>
        <message>
            <location filename="../core/stores/StoreService.cpp" line="155" />
            <source>There is no user account "%1".</source>
            <translation />
        </message>
        <message>
            <location filename="../core/stores/StoreService.cpp" line="44" />
            <source>Store %1 needs a name.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::AgendaModel</name>
        <message>
            <location filename="../ui/calendar/AgendaModel.cpp" line="47" />
            <source>Done</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/AgendaModel.cpp" line="49" />
            <source>Cancelled</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../ui/calendar/AgendaModel.cpp" line="51" />
            <source>Overdue %Ln day(s)</source>
            <translation>
                <numerusform>Overdue %Ln day</numerusform>
                <numerusform>Overdue %Ln days</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/calendar/AgendaModel.cpp" line="52" />
            <source>Due today</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/AgendaModel.cpp" line="52" />
            <source>Open</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/AgendaModel.cpp" line="74" />
            <source>Made by the care rule “%1”: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/AgendaModel.cpp" line="78" />
            <source>Outcome: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/AgendaModel.cpp" line="80" />
            <source>Drag onto a day of the month to move it.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/AgendaModel.cpp" line="101" />
            <source>Due</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/AgendaModel.cpp" line="102" />
            <source>Customer</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/AgendaModel.cpp" line="103" />
            <source>Task</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/AgendaModel.cpp" line="104" />
            <source>Why</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/AgendaModel.cpp" line="105" />
            <source>Status</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::AudienceBuilder</name>
        <message>
            <location filename="../ui/campaigns/AudienceBuilder.cpp" line="54" />
            <source>Any tier</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/AudienceBuilder.cpp" line="59" />
            <source>Any stage</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/AudienceBuilder.cpp" line="62" />
            <source>Any RFM segment</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/AudienceBuilder.cpp" line="66" />
            <source>Any tag</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/AudienceBuilder.cpp" line="70" />
            <source>Any city</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/AudienceBuilder.cpp" line="77" />
            <location filename="../ui/campaigns/AudienceBuilder.cpp" line="81" />
            <location filename="../ui/campaigns/AudienceBuilder.cpp" line="85" />
            <source>any</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/AudienceBuilder.cpp" line="79" />
            <source>Total spend of at least this much</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/AudienceBuilder.cpp" line="83" />
            <source>The customers with the highest predicted 12-month value: the top share</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/AudienceBuilder.cpp" line="87" />
            <source>Customers whose chance of still being a customer (P(alive)) is below this; customers without a prediction never match</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/AudienceBuilder.cpp" line="100" />
            <source>Spent at &amp;least:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/AudienceBuilder.cpp" line="102" />
            <source>Predicted value, to&amp;p:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/AudienceBuilder.cpp" line="104" />
            <source>P(alive) &amp;below:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/AudienceBuilder.cpp" line="153" />
            <source>More conditions than these: see the audience as text.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::AuditLogDialog</name>
        <message>
            <location filename="../ui/dialogs/AuditLogDialog.cpp" line="25" />
            <source>Audit Log</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/AuditLogDialog.cpp" line="29" />
            <source>Everything</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/AuditLogDialog.cpp" line="34" />
            <source>Show:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/AuditLogDialog.cpp" line="41" />
            <source>When</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/AuditLogDialog.cpp" line="41" />
            <source>Who</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/AuditLogDialog.cpp" line="41" />
            <source>What</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/AuditLogDialog.cpp" line="41" />
            <source>Subject</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/AuditLogDialog.cpp" line="41" />
            <source>Detail</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/AuditLogDialog.cpp" line="74" />
            <source>✓ Intact: no entry was changed or removed.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/AuditLogDialog.cpp" line="77" />
            <source>⚠ Entry %1 was changed or removed outside Clientele.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::AutomationDialog</name>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="66" />
            <source>%1 (%2)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="78" />
            <location filename="../ui/automation/AutomationDialog.cpp" line="235" />
            <location filename="../ui/automation/AutomationDialog.cpp" line="352" />
            <source>Automation</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="82" />
            <source>Each rule waits for a trigger, checks its conditions and then acts for the customer — once per event. The care rules (birthdays, revisits, win-back …) are rules here too. Rules run after each recalculation and once a day when Clientele starts.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="94" />
            <source>On</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="94" />
            <source>Rule</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="94" />
            <source>Trigger → action</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="96" />
            <source>Ne&amp;w Rule</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="111" />
            <source>&amp;Name:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="119" />
            <source>&amp;Trigger:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="122" />
            <source>Trigger settings:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="125" />
            <source>Conditions:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="133" />
            <source>&amp;Action:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="136" />
            <source>Action settings:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="137" />
            <source>A follow-up's title and message may use {name} for the customer's name.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="141" />
            <source>&amp;Save Rule</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="144" />
            <source>&amp;Dry Run</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="154" />
            <source>Day</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="154" />
            <source>Customer</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="154" />
            <source>Action</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="154" />
            <source>Why</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="163" />
            <source>At most</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="167" />
            <source>no limit</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="171" />
            <source>actions per day</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="172" />
            <source>Save &amp;Limit</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../ui/automation/AutomationDialog.cpp" line="264" />
            <source>Last run %1: %Ln action(s) over the limit wait for the next day.</source>
            <translation>
                <numerusform>Last run %1: %Ln action over the limit wait for the next day.</numerusform>
                <numerusform>Last run %1: %Ln actions over the limit wait for the next day.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="266" />
            <source>The rules have not run yet.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="301" />
            <source>New rule</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="352" />
            <source>Discard your changes to this rule?</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="371" />
            <location filename="../ui/automation/AutomationDialog.cpp" line="385" />
            <location filename="../ui/automation/AutomationDialog.cpp" line="408" />
            <source>Rule Not Saved</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="415" />
            <source>Saved. A new rule starts switched off: look at its dry run, then switch it on.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="416" />
            <source>Saved.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="426" />
            <source>Dry Run</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="431" />
            <source>This rule cannot run: %1.</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../ui/automation/AutomationDialog.cpp" line="435" />
            <source>Between %1 and %2 this rule would act %Ln time(s); nothing has been saved.</source>
            <translation>
                <numerusform>Between %1 and %2 this rule would act %Ln time; nothing has been saved.</numerusform>
                <numerusform>Between %1 and %2 this rule would act %Ln times; nothing has been saved.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/automation/AutomationDialog.cpp" line="438" />
            <source>%Ln event(s) it acted on before are left alone.</source>
            <translation>
                <numerusform>%Ln event it acted on before are left alone.</numerusform>
                <numerusform>%Ln events it acted on before are left alone.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="441" />
            <source>Only events due by today are listed: this action is taken on the day its event comes (only follow-ups are planned ahead).</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="458" />
            <source>Limit Not Saved</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="463" />
            <source>The rules take at most %1 actions a day; the rest wait for the next day.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="465" />
            <source>The rules take every action they call for.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/AutomationDialog.cpp" line="474" />
            <source>Rule Not Changed</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::CampaignDialog</name>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="37" />
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="266" />
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="272" />
            <source>New Campaign</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="41" />
            <source>&amp;Name:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="46" />
            <source>&amp;Audience:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="49" />
            <source>Save &amp;Filter…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="54" />
            <source>Sa&amp;ved filters:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="61" />
            <source>Keys: stage, tier, segment, tag, city, search, clv_top, p_alive_below, spend_min, bought, never_bought, bought_category, never_bought_category, within_days; joined with ;</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="65" />
            <source>Show as &amp;Text (Advanced)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="69" />
            <source>As te&amp;xt:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="82" />
            <source>&amp;Hold-out:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="92" />
            <source>The same seed draws the same hold-out from the same audience.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="93" />
            <source>&amp;Seed:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="97" />
            <source>{name}, placeholders: {name} {tier} {points} {balance} {coupon} {birthday} {store}</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="99" />
            <source>&amp;Message:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="104" />
            <source>Preview:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="108" />
            <source>Checks:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="112" />
            <source>(no coupon)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="116" />
            <source>One coupon per contacted customer, issued when the message leaves Clientele (export, Copy Message) or at the latest when the customer is marked contacted; never to the hold-out. {coupon} in the message is its code.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="119" />
            <source>C&amp;oupon:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="124" />
            <source> days</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="125" />
            <source>&amp;Results window:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="128" />
            <source>Cr&amp;eate Campaign</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="173" />
            <source>The new campaign has not been created.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="174" />
            <source>Discard this campaign?</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="182" />
            <source>(pick a saved filter)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="191" />
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="196" />
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="200" />
            <source>Save Filter</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="191" />
            <source>Name of the filter:</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="214" />
            <source>%Ln customer(s): %1 to contact, %2 held out.</source>
            <translation>
                <numerusform>%Ln customer: %1 to contact, %2 held out.</numerusform>
                <numerusform>%Ln customers: %1 to contact, %2 held out.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="245" />
            <source>(nobody to preview)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignDialog.cpp" line="266" />
            <source>Create the campaign anyway?</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::CampaignsPage</name>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="47" />
            <source>Campaign</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="47" />
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="245" />
            <source>Contact group</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="47" />
            <source>Marked contacted</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="47" />
            <source>Held out</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="48" />
            <source>Contact date</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="48" />
            <source>Conversion lift</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="58" />
            <source>New Campaign…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="60" />
            <source>Export Contact List…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="62" />
            <source>Work Through…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="64" />
            <source>Mark All Contacted…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="87" />
            <source>&amp;New Campaign…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="88" />
            <source>&amp;Export Contact List…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="89" />
            <source>&amp;Work Through Contact List…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="90" />
            <source>&amp;Mark All Contacted…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="110" />
            <source>Campaigns</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="115" />
            <source>Ca&amp;mpaigns</source>
            <comment>View menu</comment>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="120" />
            <source>Ca&amp;mpaigns</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="169" />
            <source>not yet</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="200" />
            <source>No campaign yet. A campaign sends a message to an audience and keeps a random share of it aside, so its real effect shows. Start with New Campaign.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="214" />
            <source>Audience: %1 · hold-out %2% (seed %3) · window %4 days</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="227" />
            <source>Coupon for the contacted group: %1 (%2 issued)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="233" />
            <source>Purchases from %1 to %2</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="235" />
            <source>Customers</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="236" />
            <source>Buyers</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="236" />
            <source>Conversion</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="236" />
            <source>Revenue</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="237" />
            <source>Revenue per customer</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="246" />
            <source>Hold-out</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="250" />
            <source>Conversion lift %1, 95% interval %2 points (unpooled Wald). Revenue per customer lift %3, 95% interval %4 to %5 (Welch).</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="290" />
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="296" />
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="303" />
            <source>Export Contact List</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="291" />
            <source>The message has problems:
%1

Export anyway?</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="297" />
            <source>CSV files (*.csv)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="306" />
            <source>Contact list of “%1” saved to %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="339" />
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="358" />
            <source>Mark All Contacted</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/CampaignsPage.cpp" line="346" />
            <source>Everyone in the contacted group was sent the message on:</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::CardsCouponsPanel</name>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="66" />
            <source>Visit cards</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="69" />
            <source>Card</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="69" />
            <source>Plan</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="69" />
            <source>Uses left</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="69" />
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="85" />
            <source>Valid until</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="69" />
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="85" />
            <source>Status</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="72" />
            <source>Record a &amp;Use…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="74" />
            <source>&amp;Sell a Card…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="82" />
            <source>Coupons</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="85" />
            <source>Code</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="85" />
            <source>Type</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="88" />
            <source>&amp;Issue a Coupon…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="90" />
            <source>&amp;Plans &amp;&amp; Coupon Types…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="114" />
            <source>Usable</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="116" />
            <source>Expired</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="118" />
            <source>Used up</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="120" />
            <source>%1 (%2)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="121" />
            <source>%1 of %2</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="136" />
            <source>Used on %1 (%2 off)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="166" />
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="178" />
            <source>Visit Card</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="169" />
            <source>Record a Use</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="170" />
            <source>Record one use of card %1 (%2) today? %3 of %4 uses will be left.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="192" />
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="204" />
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="222" />
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="238" />
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="242" />
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="254" />
            <source>Sell a Card</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="193" />
            <source>There are no visit-card plans yet. Add one under Plans &amp; Coupon Types.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="198" />
            <source>%1 — %2 uses, %3, %4 months</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="204" />
            <source>Plan (the price is recorded as a sale):</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="219" />
            <source>Stored value (balance %1)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="223" />
            <source>%1 for %2 — paid by:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="243" />
            <source>Stored value pays %1; the other %2 paid by:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="268" />
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="276" />
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="284" />
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="288" />
            <source>Issue a Coupon</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="269" />
            <source>There are no coupon types yet. Add one under Plans &amp; Coupon Types.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="274" />
            <source>%1 — %2</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="276" />
            <source>Coupon type:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/CardsCouponsPanel.cpp" line="289" />
            <source>This customer already holds as many coupons of this type as one customer may.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::CarePlanDialog</name>
        <message>
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="48" />
            <source>Run Care Rules</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="60" />
            <source>no limit</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="62" />
            <source>Tasks beyond this many on one day move to the next day with room. 0: no limit.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="63" />
            <source>Move &amp;Sunday tasks to Monday</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="66" />
            <source>At most new care &amp;tasks per day:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="77" />
            <source>Only the owner may change the daily limit.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="80" />
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="85" />
            <source>Rule</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="80" />
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="81" />
            <source>New tasks</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="81" />
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="85" />
            <source>Day</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="85" />
            <source>Task</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="85" />
            <source>Why</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="112" />
            <source>The care rules call for %Ln follow-up(s) between %1 and %2.</source>
            <translation>
                <numerusform>The care rules call for %Ln follow-up between %1 and %2.</numerusform>
                <numerusform>The care rules call for %Ln follow-ups between %1 and %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="114" />
            <source>New, to be created: %Ln. Nothing is saved until you press Create.</source>
            <translation>
                <numerusform>New, to be created: %Ln. Nothing is saved until you press Create.</numerusform>
                <numerusform>New, to be created: %Ln. Nothing is saved until you press Create.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="116" />
            <source>%Ln exist from an earlier run and are not made again.</source>
            <translation>
                <numerusform>%Ln exist from an earlier run and are not made again.</numerusform>
                <numerusform>%Ln exist from an earlier run and are not made again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="118" />
            <source>%Ln move to a later day because of the daily limit or Sundays.</source>
            <translation>
                <numerusform>%Ln move to a later day because of the daily limit or Sundays.</numerusform>
                <numerusform>%Ln move to a later day because of the daily limit or Sundays.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="142" />
            <source>%1 (rule: %2)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="143" />
            <source>Moved from %1 by the daily limit</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../ui/dialogs/CarePlanDialog.cpp" line="154" />
            <source>&amp;Create %Ln Follow-up(s)</source>
            <translation>
                <numerusform>&amp;Create %Ln Follow-up</numerusform>
                <numerusform>&amp;Create %Ln Follow-ups</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::CompleteFollowUpDialog</name>
        <message>
            <location filename="../ui/dialogs/CompleteFollowUpDialog.cpp" line="25" />
            <source>Follow-up Done</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CompleteFollowUpDialog.cpp" line="27" />
            <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CompleteFollowUpDialog.cpp" line="37" />
            <source>What came of it, e.g. “Will come on Saturday for a fitting”</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CompleteFollowUpDialog.cpp" line="40" />
            <source>&amp;Outcome:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CompleteFollowUpDialog.cpp" line="42" />
            <source>&amp;Book the next follow-up</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CompleteFollowUpDialog.cpp" line="49" />
            <source>Revisit: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CompleteFollowUpDialog.cpp" line="52" />
            <source>On:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CompleteFollowUpDialog.cpp" line="53" />
            <source>What to do:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CompleteFollowUpDialog.cpp" line="62" />
            <source>Mark &amp;Done</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::ConditionList</name>
        <message>
            <location filename="../ui/automation/ConditionList.cpp" line="34" />
            <source>None: the rule acts for every customer its trigger finds (greetings and other messages only for customers who agreed to marketing).</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/ConditionList.cpp" line="40" />
            <source>Add Cond&amp;ition</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/ConditionList.cpp" line="82" />
            <source>Remove</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/ConditionList.cpp" line="140" />
            <source>The condition "%1" sets nothing (nothing ticked, typed or entered): set it, or remove the condition.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::ConnectServerDialog</name>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="29" />
            <source>Connect to Shop Server</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="31" />
            <source>The shop's data on a PostgreSQL server that all stores and tills share. An empty database gets its tables on the first connection.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="41" />
            <source>for example shop-server or 192.168.1.10</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="55" />
            <source>Use it when the server offers it</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="56" />
            <source>Required (refuse a server without it)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="58" />
            <source>&amp;Remember the password on this computer</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="72" />
            <source>&amp;Server:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="73" />
            <source>P&amp;ort:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="74" />
            <source>&amp;Database:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="75" />
            <source>&amp;User:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="76" />
            <source>&amp;Password:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="77" />
            <source>&amp;TLS encryption:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="83" />
            <source>&amp;Connect</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="125" />
            <source>Enter the server's name or address.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="126" />
            <source>Enter the name of the shop's database on the server.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="127" />
            <source>Enter the user name for the server.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/server/ConnectServerDialog.cpp" line="135" />
            <source>Connecting to %1…</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::ContactPanel</name>
        <message>
            <location filename="../ui/calendar/ContactPanel.cpp" line="30" />
            <source>Show Number</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/ContactPanel.cpp" line="32" />
            <source>Show the full number (recorded in the audit log)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/ContactPanel.cpp" line="36" />
            <source>A suggested message for this follow-up; change it as you like before copying.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/ContactPanel.cpp" line="37" />
            <source>Cop&amp;y Message</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/ContactPanel.cpp" line="39" />
            <source>Copy the message to paste it into WeChat or a text message</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/ContactPanel.cpp" line="40" />
            <source>Phone:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/ContactPanel.cpp" line="46" />
            <source>Message:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/ContactPanel.cpp" line="63" />
            <source>no phone number</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/ContactPanel.cpp" line="76" />
            <source>Choose one follow-up to see how to reach the customer.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/ContactPanel.cpp" line="97" />
            <source>follow-up</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/ContactPanel.cpp" line="99" />
            <source>Phone Number</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::CounterPage</name>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="71" />
            <source>Member</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="76" />
            <source>New member…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="89" />
            <source>Ring up</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="93" />
            <source>e.g. 128.50</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="94" />
            <source>&amp;Amount (¥):</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="100" />
            <source>Add paym&amp;ent</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="102" />
            <source>Split the sale: each payment gets its amount; one left empty takes the rest.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="105" />
            <source>&amp;Paid by:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="115" />
            <source>C&amp;oupon:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="120" />
            <source>&amp;Redeem points:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="123" />
            <source>0, an amount, or "all"</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="124" />
            <source>From store&amp;d value (¥):</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="132" />
            <source>Confirm sale (%1)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="139" />
            <source>Top up stored value</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="143" />
            <source>Amou&amp;nt (¥):</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="148" />
            <source>Paid b&amp;y:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="155" />
            <source>Top up (%1)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="162" />
            <source>Receipt paper:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="165" />
            <source>58 mm roll</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="166" />
            <source>80 mm roll</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="167" />
            <source>A5</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="189" />
            <source>&amp;Find Member</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="196" />
            <source>&amp;New Member…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="197" />
            <source>&amp;Confirm Sale</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="198" />
            <source>&amp;Top Up</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="204" />
            <source>&amp;Print Receipt…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="206" />
            <source>&amp;Save Receipt as PDF…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="207" />
            <source>&amp;Refund or Void a Sale…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="210" />
            <source>Choose This Till's St&amp;ore…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="282" />
            <source>the rest</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="283" />
            <source>The amount paid this way (¥); empty: whatever is left to pay.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="287" />
            <source>Remove</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="289" />
            <source>Remove this payment</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="324" />
            <source>Counter</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="329" />
            <source>Coun&amp;ter</source>
            <comment>View menu</comment>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="334" />
            <source>Co&amp;unter</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="367" />
            <source>This shop is open read-only; nothing can be rung up here.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="394" />
            <source>Find a member by phone, member code, name or pinyin (%1), or enrol a new one (%2).</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="406" />
            <source>This customer no longer exists.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="422" />
            <source>(no member code yet)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="423" />
            <source>points ×%1</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="425" />
            <source>, %1% off</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="426" />
            <source>Tier: %1 (%2)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="427" />
            <source>not yet tiered</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="430" />
            <source>Points: %1 (worth %2)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="435" />
            <source>%1 points expire within %2 days</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="437" />
            <source>Stored value: %1 (principal %2, bonus %3)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="442" />
            <source>Birthday this month (%1)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="444" />
            <source>Today is member day: points ×2</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="448" />
            <source>Open follow-up: %1 (due %2)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="456" />
            <source>Visit card %1 %2: %3 of %4 uses left, until %5</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../ui/counter/CounterPage.cpp" line="468" />
            <source>%Ln coupon(s) to use</source>
            <translation>
                <numerusform>%Ln coupon to use</numerusform>
                <numerusform>%Ln coupons to use</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="481" />
            <source>(no coupons)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="481" />
            <source>(none)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="484" />
            <source>%1 %2, until %3</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="507" />
            <location filename="../ui/counter/CounterPage.cpp" line="521" />
            <source>all</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="519" />
            <source>"%1" is not an amount: type the sale's amount in yuan, like 128.50.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="522" />
            <source>"%1" is not an amount: type how much to pay from stored value, like 50, or "all".</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="525" />
            <source>"%1" is not an amount: type what is paid by %2, like 50, or leave it empty for the rest.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="536" />
            <source>Type the amount; the result shows here before you confirm.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="561" />
            <source>%1 more than is due</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="562" />
            <source>the rest, %1, by %2</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="563" />
            <source>adds up</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="564" />
            <source>%1 still to pay</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="573" />
            <source>tier discount %1</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="575" />
            <source>coupon %1 takes %2 off</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="577" />
            <source>hand over %1 free</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="579" />
            <source>%1 points = %2</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="581" />
            <source>stored value %1 (principal %2, bonus %3)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="585" />
            <location filename="../ui/counter/CounterPage.cpp" line="588" />
            <source>%1 to pay by %2</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="589" />
            <source>Due %1: %2. Earns %3 points; afterwards %4 points and %5 stored value.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="590" />
            <source>; </source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="603" />
            <source>Not rung up: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="615" />
            <source>Sale %1 saved: amount %2, total paid %3, %4 points earned. %5 prints the receipt.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="645" />
            <source>Bonus %1: stored value afterwards %2 (principal %3, bonus %4).</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="657" />
            <source>Check the member and the amount, then take the money here.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="675" />
            <source>Type the amount to top up, like 1000.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="686" />
            <source>Topped up %1 with a bonus of %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="702" />
            <source>%1 is member %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="714" />
            <source>Refund or Void a Sale</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="714" />
            <source>Sale number (a sale of today is voided):</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="722" />
            <source>Nothing refunded.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="731" />
            <source>Voided %1 (reversal recorded as %2): pay back %3; points and stored value restored.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="732" />
            <source>Refunded %1 (refund recorded as %2): pay back %3; points and stored value restored.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="736" />
            <source>Coupon given back: %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="736" />
            <source>, </source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="756" />
            <source>No sale rung up here yet.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="764" />
            <source>Save Receipt as PDF</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="765" />
            <source>PDF files (*.pdf)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/CounterPage.cpp" line="769" />
            <source>Receipt saved as %1.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::CustomFieldsDialog</name>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="130" />
            <source>Customer Fields</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="133" />
            <source>Label</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="133" />
            <source>Key</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="133" />
            <source>Type</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="133" />
            <source>Choices</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="133" />
            <source>Customers with a value</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="140" />
            <source>Fields of your own for every customer — skin type, size, a WeChat group … They show on the profile, as optional list columns and filters, in exports, and imports fill them from a column with the same heading.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="145" />
            <source>&amp;Add…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="146" />
            <source>&amp;Rename…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="147" />
            <source>Edit &amp;Choices…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="148" />
            <source>Re&amp;move…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="197" />
            <source>, </source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="234" />
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="239" />
            <source>Rename Field</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="234" />
            <source>New label for “%1”:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="253" />
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="259" />
            <source>Edit Choices</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="254" />
            <source>Choices of “%1”, one per line:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="274" />
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="282" />
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="286" />
            <source>Remove Field</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="278" />
            <source>Remove the field “%1”? No customer has a value for it.</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="279" />
            <source>Remove the field “%1”? %Ln customer(s) have a value for it; those values are deleted too.</source>
            <translation>
                <numerusform>Remove the field “%1”? %Ln customer have a value for it; those values are deleted too.</numerusform>
                <numerusform>Remove the field “%1”? %Ln customers have a value for it; those values are deleted too.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::CustomerEditForm</name>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="40" />
            <source>e.g. 138 0013 8000 or +86 138-0013-8000</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="41" />
            <source>e.g. 1990-05-01, 1990年5月1日, or without the year 5月1日</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="42" />
            <source>e.g. 1990-05-01 or 1990年5月1日</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="43" />
            <source>separated by commas, e.g. VIP, new mum</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="52" />
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="148" />
            <source>Not given</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="53" />
            <source>Female</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="54" />
            <source>Male</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="65" />
            <source>May receive offers and campaign messages</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="84" />
            <source>Show</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="86" />
            <source>Show the full number to see or change it (recorded in the audit log)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="159" />
            <source>No date</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="169" />
            <source>a number, e.g. 12 or 12.5</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="236" />
            <source>Cannot save</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="242" />
            <source>%1: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="243" />
            <source>%1 “%2”: %3</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="287" />
            <source>profile</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="289" />
            <source>Phone Number</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerEditForm.cpp" line="303" />
            <source>Only the owner may see full phone numbers</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::CustomerFilterBar</name>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="30" />
            <source>Open follow-up</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="38" />
            <source>Search customers (Ctrl+F)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="39" />
            <source>Searches name, phone, e-mail, WeChat ID, member code and tags (Ctrl+F).</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="44" />
            <source>All stages</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="49" />
            <source>All RFM segments</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="56" />
            <source>Only the customers whose home store this is</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="58" />
            <source>Only customers with a follow-up still to do</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="76" />
            <source>Save as Audience…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="78" />
            <source>Save these filters under a name: a new campaign offers them as its audience</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="112" />
            <source>contains…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="136" />
            <source>Bought</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="137" />
            <source>Never bought</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="141" />
            <source>product or category…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="149" />
            <source>any time</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="150" />
            <source>in the last </source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="151" />
            <source> days</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="152" />
            <source>Only purchases in the last N days, today included (0 = any time)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="173" />
            <source>Category: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="177" />
            <source>%1 (%2)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="201" />
            <source>Filter by a shop field…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="220" />
            <source>Any value</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="232" />
            <source>from 2024-01-01</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="232" />
            <source>from</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="233" />
            <source>to 2024-12-31</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="233" />
            <source>to</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="265" />
            <source>All tags</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="266" />
            <source>All cities</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="274" />
            <source>All stores</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="284" />
            <source>%1  ✕</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="285" />
            <source>Click to show all customers again</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerFilterBar.cpp" line="318" />
            <source>All tiers</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::CustomerListPage</name>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="121" />
            <source>Customers</source>
            <comment>the view with the customer list</comment>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="126" />
            <source>&amp;Customers</source>
            <comment>the View menu entry of the customer list</comment>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="131" />
            <source>&amp;Customers</source>
            <comment>menu</comment>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="148" />
            <source>&amp;New Customer…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="149" />
            <source>&amp;Open Profile</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="154" />
            <source>&amp;Tag Selected Customers…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="156" />
            <source>Schedule &amp;Follow-up for Selected…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="159" />
            <source>E&amp;xport Selected Customers…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="162" />
            <source>&amp;Find Customer</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="163" />
            <source>&amp;Clear Search and Filters</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="167" />
            <source>Show Full Phone Numbers</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="174" />
            <source>phone numbers</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="175" />
            <source>customer list</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="178" />
            <source>More Co&amp;lumns</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="268" />
            <source>Tag Selected Customers</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="269" />
            <source>Tags to add to the selected customers (%1), separated by commas:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="276" />
            <source>Cannot tag</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="279" />
            <source>Customers tagged: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="294" />
            <source>Cannot schedule</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="297" />
            <source>Follow-ups scheduled: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="315" />
            <source>CSV for Excel, UTF-8 with BOM (*.csv)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="316" />
            <source>CSV for older Chinese Excel, GB18030 (*.csv)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="317" />
            <source>CSV, plain UTF-8 (*.csv)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="318" />
            <source>Excel workbook (*.xlsx)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="321" />
            <source>Export Customers</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="321" />
            <source>customers.csv</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="336" />
            <source>Export failed</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="339" />
            <source>%1 customers exported to %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="350" />
            <source>Save as Audience</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="352" />
            <source>This shop is open read-only: nothing can be saved.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="357" />
            <source>No filter is set: the audience would be every customer who may receive marketing. Save it anyway?</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="362" />
            <source>Name of the audience (a new campaign offers it; the same name replaces the one saved before):</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="372" />
            <source>Audience “%1” saved: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="372" />
            <source>everyone</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="387" />
            <source>No customer matches this search or filter.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/customers/CustomerListPage.cpp" line="388" />
            <source>No customers yet.

Import your customer and order lists (CSV from Excel, your till or your online shop) with File ▸ Import (Ctrl+I), or drop a CSV file here.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::CustomerPicker</name>
        <message>
            <location filename="../ui/widgets/CustomerPicker.cpp" line="26" />
            <source>Name, phone or member code</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::CustomerProductsPanel</name>
        <message>
            <location filename="../ui/widgets/CustomerProductsPanel.cpp" line="53" />
            <source>No order lines for this customer. Products appear when orders are imported from a file with one row per item (quantity, unit price or line total, product).</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerProductsPanel.cpp" line="65" />
            <source>Purchases: orders with this product (returns not counted). Spend: line totals after discounts, returns deducted. Last bought: the latest purchase with it.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerProductsPanel.cpp" line="69" />
            <source>Product</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerProductsPanel.cpp" line="69" />
            <source>Code</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerProductsPanel.cpp" line="69" />
            <location filename="../ui/widgets/CustomerProductsPanel.cpp" line="83" />
            <source>Category</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerProductsPanel.cpp" line="69" />
            <location filename="../ui/widgets/CustomerProductsPanel.cpp" line="83" />
            <source>Purchases</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerProductsPanel.cpp" line="69" />
            <location filename="../ui/widgets/CustomerProductsPanel.cpp" line="83" />
            <source>Spend</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerProductsPanel.cpp" line="69" />
            <location filename="../ui/widgets/CustomerProductsPanel.cpp" line="83" />
            <source>Last bought</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerProductsPanel.cpp" line="89" />
            <source>(no category)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerProductsPanel.cpp" line="96" />
            <source>&lt;b&gt;Products&lt;/b&gt;</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/CustomerProductsPanel.cpp" line="97" />
            <source>&lt;b&gt;Categories&lt;/b&gt;</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::CustomerProfileDialog</name>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="102" />
            <source>This customer no longer exists.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="110" />
            <source>Edit &amp;Tags…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="131" />
            <source>New Customer</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="132" />
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="136" />
            <source>Contact</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="135" />
            <source>Overview</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="137" />
            <source>Timeline</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="146" />
            <source>Products</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="152" />
            <source>Cards &amp;&amp; Coupons</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="154" />
            <source>Sensitive</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="157" />
            <source>Member</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="160" />
            <source>Survey</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="180" />
            <source>Refresh</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="188" />
            <source>Save the contact fields (Ctrl+S)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="191" />
            <source>Find &amp;Duplicates…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="196" />
            <source>Export &amp;Everything…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="199" />
            <source>Everything Clientele holds about this customer, as a JSON file (right of access)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="203" />
            <source>E&amp;rase…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="205" />
            <source>Remove this person's personal data; their purchases stay, anonymously</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="221" />
            <source>%1 — Customer</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="235" />
            <source>RFM: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="245" />
            <source>No tags yet</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="257" />
            <source>Home store</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="262" />
            <source>Not segmented yet: tiers and stages appear after the next segmentation run.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="267" />
            <source>Tier</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="269" />
            <source>Stage</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="273" />
            <source>None yet: a segment comes with the first purchase</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="276" />
            <source>Segment</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="300" />
            <source>Usual gap</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="300" />
            <source>%1 days</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="305" />
            <source>%1; %2</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="317" />
            <source>Add &amp;Note…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="318" />
            <source>Schedule &amp;Follow-up…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="338" />
            <source>Date</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="338" />
            <source>Order</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="338" />
            <source>Amount</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="338" />
            <source>Category</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="338" />
            <source>Channel</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="338" />
            <source>Store</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="358" />
            <source>%1 (voided)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="359" />
            <source>%1 (void)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="379" />
            <source>Purchases (%1)</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="380" />
            <source>Purchases (%1 + %Ln refund(s))</source>
            <translation>
                <numerusform>Purchases (%1 + %Ln refund)</numerusform>
                <numerusform>Purchases (%1 + %Ln refunds)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="443" />
            <source>Cannot save the note</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="458" />
            <source>Cannot schedule the follow-up</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="471" />
            <source>Edit Tags</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="471" />
            <source>Tags, separated by commas:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="476" />
            <source>Cannot save the tags</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="494" />
            <source>Export Everything About This Customer</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="495" />
            <source>customer-%1.json</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="495" />
            <source>JSON files (*.json)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="500" />
            <source>Export failed</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="503" />
            <source>Export Everything</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="503" />
            <source>Saved to %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="508" />
            <source>Erase Customer</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="509" />
            <source>Erase this customer's personal data (name, contact, birthday, notes, tags, contacts and follow-ups)? Their purchases stay, anonymously, so your figures do not change. A backup is made first; within Clientele this cannot be undone.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="515" />
            <source>Not erased</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/CustomerProfileDialog.cpp" line="547" />
            <source>The contact fields were changed.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::CustomerTableModel</name>
        <message>
            <location filename="../ui/models/CustomerTableModel.cpp" line="114" />
            <source>Kept as written: not a mainland mobile number</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/models/CustomerTableModel.cpp" line="116" />
            <source>Set by hand</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/models/CustomerTableModel.cpp" line="116" />
            <source>Where they first bought</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/models/CustomerTableModel.cpp" line="128" />
            <source>Not predicted yet: the purchase models need at least 30 customers who bought more than once.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/models/CustomerTableModel.cpp" line="131" />
            <source>%1; %2</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/models/CustomerTableModel.cpp" line="159" />
            <source>Name</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/models/CustomerTableModel.cpp" line="160" />
            <source>Member code</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/models/CustomerTableModel.cpp" line="161" />
            <source>Phone</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/models/CustomerTableModel.cpp" line="162" />
            <source>City</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/models/CustomerTableModel.cpp" line="163" />
            <source>Tier</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/models/CustomerTableModel.cpp" line="164" />
            <source>Stage</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/models/CustomerTableModel.cpp" line="169" />
            <source>Tags</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/models/CustomerTableModel.cpp" line="170" />
            <source>Home store</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/ShopFieldColumns.cpp" line="67" />
            <source>No shop fields yet (Tools ▸ Customer Fields…)</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::DashboardView</name>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="114" />
            <source>New</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="146" />
            <source>&amp;Warning Lines…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="147" />
            <source>Set when a key figure turns amber or red</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="148" />
            <source>&amp;Refresh</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="150" />
            <source>St&amp;ore:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="160" />
            <source>No figures yet. The dashboard fills after customers and orders are imported and segmented.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="213" />
            <source>Tier migration from</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="215" />
            <source>to</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="221" />
            <source>Rows: tier at the end of the first month; columns: at the end of the second. Click a cell to list those customers.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="234" />
            <source>Tier</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="234" />
            <source>Revenue, 12 months</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="234" />
            <source>Units</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="236" />
            <source>Over the 12 months up to the dashboard's date; returns subtract. Click a row to list the tier's customers who bought it.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="240" />
            <source>Top products</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="241" />
            <source>Top categories</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="249" />
            <source>Member program</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="249" />
            <source>This month</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="250" />
            <source>What the shop owes its members at the month's end, and the month's top-ups, points, visit-card uses, member-day sales and coupons (as in the monthly report).</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="271" />
            <source>%1 who bought %2</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="280" />
            <source>Dashboard</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="285" />
            <source>&amp;Dashboard</source>
            <comment>View menu</comment>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="344" />
            <source>Tier dashboard — %1 (figures as of %2)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="351" />
            <source>Customers per tier</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="357" />
            <source>%1 %2</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="373" />
            <source>Share of customers and of 12-month revenue</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="374" />
            <source>Customers %</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="375" />
            <source>Revenue %</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="413" />
            <source>Customers per tier, month by month</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="427" />
            <source>%1 at the end of %2</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="444" />
            <source>%1 – %2</source>
            <comment>first and last month of the chart</comment>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="493" />
            <source>Lifecycle stages today</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="500" />
            <source>RFM segments today</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="538" />
            <source>%1 pts</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="539" />
            <source> vs last month</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="640" />
            <source>%1 → %2</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="650" />
            <source>%1 · %2</source>
            <comment>customers of a chart, stores</comment>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="664" />
            <source>Warning Lines</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="688" />
            <source>0 turns a line off.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="689" />
            <source>Repurchase rate amber below:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="690" />
            <source>Repurchase rate red below:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="691" />
            <source>Customers at risk amber above:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="692" />
            <source>Customers at risk red above:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/charts/DashboardView.cpp" line="732" />
            <source>(no category)</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::DueTodayNotifier</name>
        <message numerus="yes">
            <location filename="../ui/calendar/DueTodayNotifier.cpp" line="40" />
            <source>%Ln follow-up(s) due today: %1</source>
            <translation>
                <numerusform>%Ln follow-up due today: %1</numerusform>
                <numerusform>%Ln follow-ups due today: %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/calendar/DueTodayNotifier.cpp" line="40" />
            <source>, </source>
            <comment>list separator</comment>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../ui/calendar/DueTodayNotifier.cpp" line="42" />
            <source> and %Ln more</source>
            <translation>
                <numerusform> and %Ln more</numerusform>
                <numerusform> and %Ln more</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/calendar/DueTodayNotifier.cpp" line="43" />
            <source>.</source>
            <comment>end of the sentence</comment>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/DueTodayNotifier.cpp" line="45" />
            <source>%1 %2</source>
            <comment>two sentences, one after the other</comment>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../ui/calendar/DueTodayNotifier.cpp" line="45" />
            <source>%Ln overdue.</source>
            <translation>
                <numerusform>%Ln overdue.</numerusform>
                <numerusform>%Ln overdue.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/calendar/DueTodayNotifier.cpp" line="60" />
            <source>Clientele: follow-ups today</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::FindDuplicatesDialog</name>
        <message>
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="24" />
            <source>%1 (customer %2)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="43" />
            <source>Find Duplicates</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="46" />
            <source>Records that share a phone, an e-mail or a name. Pairs sharing a phone or e-mail with nothing contradicting are checked. Red pairs give another birthday, city or gender: probably two people; check them only if you are sure. The first record of a pair is kept, and every merge can be undone.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="56" />
            <source>Merge</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="56" />
            <source>Keep</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="56" />
            <source>Merge into it</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="56" />
            <source>Why</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="56" />
            <source>Conflicts</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="69" />
            <source>&amp;Merge Checked</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="71" />
            <source>&amp;Undo Last Merge</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="77" />
            <source>Only the owner may merge customers, and not in a read-only file.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="102" />
            <source>⚠ probably another person: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="112" />
            <source>No two records share a phone, an e-mail or a name.</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="114" />
            <source>The first %Ln pairs are shown; merge or leave them and look again for more.</source>
            <translation>
                <numerusform>The first %Ln pairs are shown; merge or leave them and look again for more.</numerusform>
                <numerusform>The first %Ln pairs are shown; merge or leave them and look again for more.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="117" />
            <source>%Ln pair(s) found.</source>
            <translation>
                <numerusform>%Ln pair found.</numerusform>
                <numerusform>%Ln pairs found.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="142" />
            <source>%1 and %2: one of them was merged already; find duplicates again.</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="160" />
            <source>%Ln pair(s) merged. Undo Last Merge brings a record back.</source>
            <translation>
                <numerusform>%Ln pair merged. Undo Last Merge brings a record back.</numerusform>
                <numerusform>%Ln pairs merged. Undo Last Merge brings a record back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="161" />
            <source>%Ln pair(s) merged; not merged: %1</source>
            <translation>
                <numerusform>%Ln pair merged; not merged: %1</numerusform>
                <numerusform>%Ln pairs merged; not merged: %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/dialogs/FindDuplicatesDialog.cpp" line="178" />
            <source>Merge undone; customer %1 is back.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::FirstStartDialog</name>
        <message>
            <location filename="../ui/dialogs/FirstStartDialog.cpp" line="19" />
            <source>Welcome to Clientele</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/FirstStartDialog.cpp" line="22" />
            <source>&lt;h2&gt;Welcome to Clientele&lt;/h2&gt;&lt;p&gt;Your customer base lives in one file on this computer. How would you like to start?&lt;/p&gt;</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/FirstStartDialog.cpp" line="45" />
            <source>Explore the demo shop</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/FirstStartDialog.cpp" line="46" />
            <source>2,000 made-up customers with three years of orders, already tiered — try everything safely.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/FirstStartDialog.cpp" line="47" />
            <source>Import my customers</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/FirstStartDialog.cpp" line="48" />
            <source>A new, empty shop, and the import opens at once: pick the CSV from Excel, your till or your online shop.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/FirstStartDialog.cpp" line="51" />
            <source>Start with an empty shop</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/FirstStartDialog.cpp" line="52" />
            <source>Add customers by hand, or import your lists later with File ▸ Import (Ctrl+I).</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/FirstStartDialog.cpp" line="57" />
            <source>&amp;Save Sample Templates…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/FirstStartDialog.cpp" line="60" />
            <source>A customers and an orders CSV with example rows and the headings Clientele recognises: fill them in Excel, then import them.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/FirstStartDialog.cpp" line="63" />
            <source>&amp;Open an Existing Clientele File…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/FirstStartDialog.cpp" line="66" />
            <source>A database you used before or copied from another computer.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::FollowUpCalendarView</name>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="97" />
            <source>Previous month (Page Up)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="100" />
            <source>Next month (Page Down)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="105" />
            <source>T&amp;oday</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="106" />
            <source>Back to this month and today's follow-ups</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="111" />
            <source>Run Care &amp;Rules…</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="113" />
            <source>Show the follow-ups the care rules call for in the next %Ln day(s) (birthdays, revisits after a first purchase, win-backs), per rule and per day, then create them. Tasks that exist are not made twice.</source>
            <translation>
                <numerusform>Show the follow-ups the care rules call for in the next %Ln day (birthdays, revisits after a first purchase, win-backs), per rule and per day, then create them. Tasks that exist are not made twice.</numerusform>
                <numerusform>Show the follow-ups the care rules call for in the next %Ln days (birthdays, revisits after a first purchase, win-backs), per rule and per day, then create them. Tasks that exist are not made twice.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="117" />
            <source>E&amp;xport Month to Calendar…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="118" />
            <source>Save the month's open follow-ups as an iCalendar (.ics) file that phone and desktop calendars open. Names and tasks only; no phone numbers.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="151" />
            <source>&lt;span style='color:#dc2626'&gt;●&lt;/span&gt; overdue &amp;nbsp; &lt;span style='color:#2563eb'&gt;●&lt;/span&gt; to do &amp;nbsp; &lt;span style='color:#94a3b8'&gt;✓&lt;/span&gt; done &amp;nbsp; — drag a task onto a day to move it</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="193" />
            <source>&amp;New…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="194" />
            <source>Schedule a follow-up for a customer on the selected day (Insert)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="195" />
            <source>&amp;Edit…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="196" />
            <source>Change the day or what to do (Enter)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="197" />
            <source>&amp;Done…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="198" />
            <source>Mark done with what came of it; it shows on the customer's timeline (Ctrl+D)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="199" />
            <source>Snoo&amp;ze</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="200" />
            <source>Put off by a day or more; overdue tasks count from today</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="202" />
            <source>1 day</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="202" />
            <source>3 days</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="203" />
            <source>1 week</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="203" />
            <source>2 weeks</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="206" />
            <source>New D&amp;ate…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="207" />
            <source>Move to a day you choose</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="208" />
            <source>Cancel Tas&amp;k</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="209" />
            <source>No longer needed; stays in the history as cancelled (Delete)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="210" />
            <source>O&amp;pen Customer</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="211" />
            <source>The customer's 360° profile</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="301" />
            <source>Follow-up calendar</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="306" />
            <source>&amp;Follow-up Calendar</source>
            <comment>View menu</comment>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="377" />
            <source>Nothing was planned for this day.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="378" />
            <source>Nothing planned for this day yet. Press New… to schedule a follow-up.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="383" />
            <source>Nothing due today. All caught up.</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="384" />
            <source>Nothing due today, but %Ln follow-up(s) are overdue.</source>
            <translation>
                <numerusform>Nothing due today, but %Ln follow-up is overdue.</numerusform>
                <numerusform>Nothing due today, but %Ln follow-ups are overdue.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="388" />
            <source>No overdue follow-ups.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="393" />
            <source>ddd d MMM</source>
            <comment>agenda tab: weekday, day and month</comment>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="394" />
            <source>Today (%1)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="395" />
            <source>Overdue (%1)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="475" />
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="506" />
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="521" />
            <source>Follow-up Not Saved</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="482" />
            <source>Follow-up for %1 on %2 saved.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="498" />
            <source>Ticket #%1 of %2 saved.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="508" />
            <source>Follow-up for %1 saved.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="523" />
            <source>Done; the next follow-up for %1 is on %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="525" />
            <source>Follow-up for %1 done.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="534" />
            <source>Not Snoozed</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="536" />
            <source>%Ln follow-up(s) put off.</source>
            <translation>
                <numerusform>%Ln follow-up put off.</numerusform>
                <numerusform>%Ln follow-ups put off.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="546" />
            <source>Reschedule %Ln Follow-up(s)</source>
            <translation>
                <numerusform>Reschedule %Ln Follow-up</numerusform>
                <numerusform>Reschedule %Ln Follow-ups</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="556" />
            <source>Not Moved</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="558" />
            <source>%Ln follow-up(s) moved to %1.</source>
            <translation>
                <numerusform>%Ln follow-up moved to %1.</numerusform>
                <numerusform>%Ln follow-ups moved to %1.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="566" />
            <source>Cancel Follow-ups</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="567" />
            <source>Cancel %Ln follow-up(s)? They stay in the customer's history as cancelled.</source>
            <translation>
                <numerusform>Cancel %Ln follow-up? They stay in the customer's history as cancelled.</numerusform>
                <numerusform>Cancel %Ln follow-ups? They stay in the customer's history as cancelled.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="572" />
            <source>Not Cancelled</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="574" />
            <source>%Ln follow-up(s) cancelled.</source>
            <translation>
                <numerusform>%Ln follow-up cancelled.</numerusform>
                <numerusform>%Ln follow-ups cancelled.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="581" />
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="593" />
            <source>Export Failed</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="586" />
            <source>Export Follow-ups to Calendar</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="588" />
            <source>iCalendar files (*.ics)</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="595" />
            <source>%Ln open follow-up(s) of %1 saved to %2. Open the file on your phone or in your calendar app to add them.</source>
            <translation>
                <numerusform>%Ln open follow-up of %1 saved to %2. Open the file on your phone or in your calendar app to add them.</numerusform>
                <numerusform>%Ln open follow-ups of %1 saved to %2. Open the file on your phone or in your calendar app to add them.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="620" />
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="634" />
            <source>Care Rules Failed</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="625" />
            <source>Care rules not run; nothing was created.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="630" />
            <source>Daily Limit Not Saved</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../ui/calendar/FollowUpCalendarView.cpp" line="636" />
            <source>%Ln new follow-up(s) created by the care rules.</source>
            <translation>
                <numerusform>%Ln new follow-up created by the care rules.</numerusform>
                <numerusform>%Ln new follow-ups created by the care rules.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::FollowUpDialog</name>
        <message>
            <location filename="../ui/dialogs/FollowUpDialog.cpp" line="22" />
            <source>Schedule Follow-up</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/FollowUpDialog.cpp" line="25" />
            <source>One follow-up for each of the %1 selected customers.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/FollowUpDialog.cpp" line="32" />
            <source>New Follow-up</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/FollowUpDialog.cpp" line="35" />
            <source>&amp;Customer:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/FollowUpDialog.cpp" line="44" />
            <source>Edit Follow-up</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/FollowUpDialog.cpp" line="47" />
            <source>Customer:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/FollowUpDialog.cpp" line="49" />
            <source>Made by the care rule “%1”: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/FollowUpDialog.cpp" line="55" />
            <source>Why:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/FollowUpDialog.cpp" line="72" />
            <source>e.g. Call about the new season, invite to the tasting</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/FollowUpDialog.cpp" line="73" />
            <source>&amp;Due on:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/FollowUpDialog.cpp" line="74" />
            <source>&amp;What to do:</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::GuideDialog</name>
        <message>
            <location filename="../ui/dialogs/GuideDialog.cpp" line="21" />
            <location filename="../ui/dialogs/GuideDialog.cpp" line="52" />
            <source>Clientele User Guide</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/GuideDialog.cpp" line="24" />
            <source>◀ &amp;Back</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/GuideDialog.cpp" line="26" />
            <source>&amp;Forward ▶</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/GuideDialog.cpp" line="28" />
            <source>&amp;Contents</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/GuideDialog.cpp" line="52" />
            <source>%1 — Clientele User Guide</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::HealthPage</name>
        <message>
            <location filename="../ui/service/HealthPage.cpp" line="64" />
            <source>Service &amp;Settings…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/HealthPage.cpp" line="79" />
            <source>Click a card to see the customers behind it.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/HealthPage.cpp" line="113" />
            <source>Health</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/HealthPage.cpp" line="118" />
            <source>&amp;Health</source>
            <comment>View menu</comment>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/HealthPage.cpp" line="129" />
            <source>Hea&amp;lth</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/HealthPage.cpp" line="153" />
            <source>Shop health, %1</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/HealthPage.cpp" line="156" />
            <source>%1 h %2 min</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../ui/service/HealthPage.cpp" line="158" />
            <source>Service this month: %Ln ticket(s) opened, %1 resolved; median first response %2, median resolution %3 (opening hours).</source>
            <translation>
                <numerusform>Service this month: %Ln ticket opened, %1 resolved; median first response %2, median resolution %3 (opening hours).</numerusform>
                <numerusform>Service this month: %Ln tickets opened, %1 resolved; median first response %2, median resolution %3 (opening hours).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/service/HealthPage.cpp" line="177" />
            <source>%1 pts</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/HealthPage.cpp" line="180" />
            <source>%1 on last month</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../ui/service/HealthPage.cpp" line="185" />
            <source>%Ln answer(s) this month</source>
            <translation>
                <numerusform>%Ln answer this month</numerusform>
                <numerusform>%Ln answers this month</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/service/HealthPage.cpp" line="186" />
            <source>%Ln answer(s) this month; a score needs %1</source>
            <translation>
                <numerusform>%Ln answer this month; a score needs %1</numerusform>
                <numerusform>%Ln answers this month; a score needs %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/service/HealthPage.cpp" line="189" />
            <source>%Ln ticket(s) resolved this month</source>
            <translation>
                <numerusform>%Ln ticket resolved this month</numerusform>
                <numerusform>%Ln tickets resolved this month</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/service/HealthPage.cpp" line="191" />
            <source>12-month spend per buyer, %Ln buyer(s)</source>
            <translation>
                <numerusform>12-month spend per buyer, %Ln buyer</numerusform>
                <numerusform>12-month spend per buyer, %Ln buyers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/service/HealthPage.cpp" line="193" />
            <source>Of %Ln buyer(s) in 12 months</source>
            <translation>
                <numerusform>Of %Ln buyer in 12 months</numerusform>
                <numerusform>Of %Ln buyers in 12 months</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/service/HealthPage.cpp" line="221" />
            <source>Unhappy survey answers in %1</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/HealthPage.cpp" line="223" />
            <source>Customers with two or more purchases in the 12 months to %1</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/HealthPage.cpp" line="225" />
            <source>Customers who bought in the 12 months to %1</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/HealthPage.cpp" line="227" />
            <source>Customers who turned dormant in %1</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/HealthPage.cpp" line="229" />
            <source>Customers whose ticket was late in %1</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::HomeStoreField</name>
        <message>
            <location filename="../ui/stores/HomeStoreField.cpp" line="34" />
            <source>C&amp;hange…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/stores/HomeStoreField.cpp" line="41" />
            <source>Set the home store by hand, or give it back to where they first bought</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/stores/HomeStoreField.cpp" line="69" />
            <source>None yet: it becomes the store of their first purchase.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/stores/HomeStoreField.cpp" line="70" />
            <source>%1 — set by hand</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/stores/HomeStoreField.cpp" line="71" />
            <source>%1 — where they first bought</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/stores/HomeStoreField.cpp" line="82" />
            <location filename="../ui/stores/HomeStoreField.cpp" line="108" />
            <source>Home Store</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/stores/HomeStoreField.cpp" line="84" />
            <source>The home store decides whose customer this is in store figures and lists. Set by hand, neither an import nor a sale elsewhere changes it.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/stores/HomeStoreField.cpp" line="91" />
            <source>Where they first bought (set automatically)</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::ImportCheckPage</name>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="37" />
            <source>Check before importing</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="38" />
            <source>A dry run: Clientele reads the whole file and tells you what importing would do. Nothing is written yet.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="45" />
            <source>Keep the existing customer as it is</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="46" />
            <source>Fill only the fields that are empty</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="47" />
            <source>Take every value from the file</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="48" />
            <source>When a row matches a customer already here:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="100" />
            <source>Check stopped.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="108" />
            <source>Reading the file…</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::ImportFilePage</name>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="51" />
            <location filename="../ui/import/ImportPages.cpp" line="167" />
            <source>Choose a file</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="52" />
            <source>An Excel workbook (.xlsx) or a CSV exported from Excel, your till or your online shop. Chinese (GBK/GB18030) and UTF-8 files both work.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="58" />
            <source>Path of the Excel or CSV file</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="59" />
            <source>&amp;Browse…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="65" />
            <source>&amp;Sheet:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="75" />
            <source>The file holds:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="76" />
            <source>&amp;Customers (one row per customer)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="77" />
            <source>&amp;Orders (one row per purchase)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="84" />
            <source>Create a customer for orders whose customer is not known yet</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="85" />
            <source>These customers &amp;agreed to receive marketing messages</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="87" />
            <source>Used for rows without a marketing consent column or value. Unticked, no consent is recorded and campaigns leave these customers out until you record it.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="90" />
            <source>S&amp;tore of rows that name none:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="94" />
            <source>A store column (门店, 店铺, store) wins where it has a value; a store it names that is not on the store list is added to it.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="96" />
            <source>None (or from the file's store column)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="99" />
            <source>%1 (%2)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="168" />
            <source>Excel and CSV files (*.xlsx *.xlsm *.csv *.tsv *.txt);;Excel workbooks (*.xlsx *.xlsm);;CSV files (*.csv *.tsv *.txt);;All files (*)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="192" />
            <source>Its header names order fields, so it looks like an order list.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="193" />
            <source>Its header names customer fields, so it looks like a customer list.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::ImportFormatPage</name>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="221" />
            <location filename="../ui/import/ImportPages.cpp" line="282" />
            <source>Check the text</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="222" />
            <location filename="../ui/import/ImportPages.cpp" line="285" />
            <source>Clientele detected how the file is written. If the preview shows garbled characters or everything in one column, choose another encoding or delimiter.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="231" />
            <source>&amp;Encoding:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="232" />
            <source>&amp;Delimiter:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="241" />
            <location filename="../ui/import/ImportPages.cpp" line="244" />
            <source>Detect automatically</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="243" />
            <source>GB18030 / GBK (Chinese Excel)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="245" />
            <source>Comma ,</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="246" />
            <source>Semicolon ;</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="247" />
            <source>Tab</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="248" />
            <source>Vertical bar |</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="282" />
            <source>Check the sheet</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="283" />
            <source>A workbook needs no encoding or delimiter. Check that the header and the first rows read as in Excel; to read another sheet, go back and choose it.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="288" />
            <source>Reading the sheet &lt;b&gt;%1&lt;/b&gt; of the workbook; the header is on row %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="292" />
            <source>Reading as &lt;b&gt;%1&lt;/b&gt;%2, columns separated by &lt;b&gt;%3&lt;/b&gt;; the header is on line %4.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="293" />
            <source> (with BOM)</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::ImportHistoryDialog</name>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="37" />
            <source>Import History</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="39" />
            <source>Every import of this shop, newest first. Undoing one removes what it added and restores every value it changed.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="46" />
            <source>#</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="46" />
            <source>When</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="46" />
            <source>What</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="46" />
            <source>File</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="46" />
            <source>Rows</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="46" />
            <source>Added</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="47" />
            <source>Updated</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="47" />
            <source>Skipped</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="47" />
            <source>Problems</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="47" />
            <source>State</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="48" />
            <source>Rows refused for a bad or missing value</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="55" />
            <source>No imports yet. File ▸ Import Customers or Orders… (Ctrl+I) brings in a CSV or Excel file.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="63" />
            <source>&amp;Undo Import…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="65" />
            <source>Removes what the selected import added and restores what it changed (asks first).</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="101" />
            <source>Customers</source>
            <comment>what an import brought in</comment>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="102" />
            <source>Orders</source>
            <comment>what an import brought in</comment>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="112" />
            <source>Undone %1</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="113" />
            <source>In effect</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="146" />
            <source>Undoing import #%1…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportHistoryDialog.cpp" line="155" />
            <source>Undo Import</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::ImportMappingPage</name>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="323" />
            <source>Match the columns</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="324" />
            <source>Each column of the file feeds one field. Clientele recognised the columns it could from their headings (Chinese or English); change any that are wrong.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="330" />
            <source>&amp;Save Mapping As…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="332" />
            <source>Saved mapping:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="339" />
            <source>Column in the file</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="339" />
            <source>Example values</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="339" />
            <source>Imports as</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="356" />
            <source>None (detect from the headings)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="400" />
            <source>— not imported —</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="424" />
            <location filename="../ui/import/ImportPages.cpp" line="462" />
            <source>%1 (shop field)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="426" />
            <source>New field from this column…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="497" />
            <location filename="../ui/import/ImportPages.cpp" line="499" />
            <source>%1, %2 or %3</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="507" />
            <source>Still needed: %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="509" />
            <source>Not imported: %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="519" />
            <location filename="../ui/import/ImportPages.cpp" line="528" />
            <source>Save Mapping</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportPages.cpp" line="520" />
            <source>Name for this mapping (for example the till or shop it comes from):</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::ImportProblemsView</name>
        <message>
            <location filename="../ui/import/ImportProblemsView.cpp" line="35" />
            <source>Refused: %1</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="43" />
            <source>Importing would add %Ln order(s).</source>
            <translation>
                <numerusform>Importing would add %Ln order.</numerusform>
                <numerusform>Importing would add %Ln orders.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="43" />
            <source>%Ln order(s) added.</source>
            <translation>
                <numerusform>%Ln order added.</numerusform>
                <numerusform>%Ln orders added.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="45" />
            <source>It would also add %Ln refund(s) (cancelled invoices, returns, negative amounts).</source>
            <translation>
                <numerusform>It would also add %Ln refund (cancelled invoices, returns, negative amounts).</numerusform>
                <numerusform>It would also add %Ln refunds (cancelled invoices, returns, negative amounts).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="46" />
            <source>%Ln refund(s) added (cancelled invoices, returns, negative amounts).</source>
            <translation>
                <numerusform>%Ln refund added (cancelled invoices, returns, negative amounts).</numerusform>
                <numerusform>%Ln refunds added (cancelled invoices, returns, negative amounts).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="48" />
            <source>It would create %Ln customer(s) for them.</source>
            <translation>
                <numerusform>It would create %Ln customer for them.</numerusform>
                <numerusform>It would create %Ln customers for them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="49" />
            <source>%Ln customer(s) created for them.</source>
            <translation>
                <numerusform>%Ln customer created for them.</numerusform>
                <numerusform>%Ln customers created for them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="51" />
            <source>%Ln order(s) already in the database would not be added again.</source>
            <translation>
                <numerusform>%Ln order already in the database would not be added again.</numerusform>
                <numerusform>%Ln orders already in the database would not be added again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="52" />
            <source>%Ln order(s) already in the database, not added again.</source>
            <translation>
                <numerusform>%Ln order already in the database, not added again.</numerusform>
                <numerusform>%Ln orders already in the database, not added again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="54" />
            <source>%Ln row(s) repeating an order from an earlier line of this file: not added twice.</source>
            <translation>
                <numerusform>%Ln row repeating an order from an earlier line of this file: not added twice.</numerusform>
                <numerusform>%Ln rows repeating an order from an earlier line of this file: not added twice.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="56" />
            <source>The file has one row per item: %Ln order line(s) would make up the orders.</source>
            <translation>
                <numerusform>The file has one row per item: %Ln order line would make up the orders.</numerusform>
                <numerusform>The file has one row per item: %Ln order lines would make up the orders.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="57" />
            <source>The file has one row per item: %Ln order line(s) imported with their orders.</source>
            <translation>
                <numerusform>The file has one row per item: %Ln order line imported with their orders.</numerusform>
                <numerusform>The file has one row per item: %Ln order lines imported with their orders.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="59" />
            <source>%Ln of these line(s) are shipping, fees or discounts: counted in their orders' amounts, not as products or categories.</source>
            <translation>
                <numerusform>%Ln of these line is shipping, fees or discounts: counted in their orders' amounts, not as products or categories.</numerusform>
                <numerusform>%Ln of these lines are shipping, fees or discounts: counted in their orders' amounts, not as products or categories.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="63" />
            <source>%Ln guest line(s) (no member code, phone or e-mail) not imported.</source>
            <translation>
                <numerusform>%Ln guest line (no member code, phone or e-mail) not imported.</numerusform>
                <numerusform>%Ln guest lines (no member code, phone or e-mail) not imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="65" />
            <source>Orders imported earlier to which this file adds lines: %Ln. Those lines are not added (listed below).</source>
            <translation>
                <numerusform>Orders imported earlier to which this file adds lines: %Ln. Those lines are not added (listed below).</numerusform>
                <numerusform>Orders imported earlier to which this file adds lines: %Ln. Those lines are not added (listed below).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="68" />
            <source>Importing would add %Ln customer(s).</source>
            <translation>
                <numerusform>Importing would add %Ln customer.</numerusform>
                <numerusform>Importing would add %Ln customers.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="69" />
            <source>%Ln customer(s) added.</source>
            <translation>
                <numerusform>%Ln customer added.</numerusform>
                <numerusform>%Ln customers added.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="71" />
            <source>It would update %Ln customer(s) already in the database.</source>
            <translation>
                <numerusform>It would update %Ln customer already in the database.</numerusform>
                <numerusform>It would update %Ln customers already in the database.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="72" />
            <source>%Ln customer(s) already in the database updated.</source>
            <translation>
                <numerusform>%Ln customer already in the database updated.</numerusform>
                <numerusform>%Ln customers already in the database updated.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="74" />
            <source>%Ln row(s) matching customers already in the database: they would be left as they are.</source>
            <translation>
                <numerusform>%Ln row matching customers already in the database: they would be left as they are.</numerusform>
                <numerusform>%Ln rows matching customers already in the database: they would be left as they are.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="76" />
            <source>%Ln row(s) matching customers already in the database: left as they were.</source>
            <translation>
                <numerusform>%Ln row matching customers already in the database: left as they were.</numerusform>
                <numerusform>%Ln rows matching customers already in the database: left as they were.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="78" />
            <source>%Ln row(s) repeating a customer from an earlier line of this file: not added twice.</source>
            <translation>
                <numerusform>%Ln row repeating a customer from an earlier line of this file: not added twice.</numerusform>
                <numerusform>%Ln rows repeating a customer from an earlier line of this file: not added twice.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="81" />
            <source>%Ln row(s) would be skipped because of a problem (listed below).</source>
            <translation>
                <numerusform>%Ln row would be skipped because of a problem (listed below).</numerusform>
                <numerusform>%Ln rows would be skipped because of a problem (listed below).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="82" />
            <source>%Ln row(s) skipped because of a problem (listed below).</source>
            <translation>
                <numerusform>%Ln row skipped because of a problem (listed below).</numerusform>
                <numerusform>%Ln rows skipped because of a problem (listed below).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="84" />
            <source>Rows naming a customer who is not here yet: %Ln. Import the customers first, or go back to the first step and choose to create customers for unknown orders.</source>
            <translation>
                <numerusform>Rows naming a customer who is not here yet: %Ln. Import the customers first, or go back to the first step and choose to create customers for unknown orders.</numerusform>
                <numerusform>Rows naming a customer who is not here yet: %Ln. Import the customers first, or go back to the first step and choose to create customers for unknown orders.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="87" />
            <source>%Ln row(s) would be skipped: each disagrees with the customer it matches (listed below).</source>
            <translation>
                <numerusform>%Ln row would be skipped: each disagrees with the customer it matches (listed below).</numerusform>
                <numerusform>%Ln rows would be skipped: each disagrees with the customer it matches (listed below).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="89" />
            <source>%Ln row(s) skipped: each disagrees with the customer it matches (listed below).</source>
            <translation>
                <numerusform>%Ln row skipped: each disagrees with the customer it matches (listed below).</numerusform>
                <numerusform>%Ln rows skipped: each disagrees with the customer it matches (listed below).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="91" />
            <source>%Ln row(s) would be imported with a warning: a value left out or kept as written (listed below).</source>
            <translation>
                <numerusform>%Ln row would be imported with a warning: a value left out or kept as written (listed below).</numerusform>
                <numerusform>%Ln rows would be imported with a warning: a value left out or kept as written (listed below).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="93" />
            <source>%Ln row(s) imported with a warning: a value left out or kept as written (listed below).</source>
            <translation>
                <numerusform>%Ln row imported with a warning: a value left out or kept as written (listed below).</numerusform>
                <numerusform>%Ln rows imported with a warning: a value left out or kept as written (listed below).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/import/ImportProblemsView.cpp" line="96" />
            <source>Only the first %1 rows of each kind are listed; Export Problems… saves them all.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportProblemsView.cpp" line="112" />
            <source>&amp;Export Problems…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportProblemsView.cpp" line="115" />
            <source>Save every skipped row and warning as a CSV to fix in Excel and import again.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportProblemsView.cpp" line="205" />
            <source>Row</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportProblemsView.cpp" line="205" />
            <source>Line</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportProblemsView.cpp" line="205" />
            <source>Column</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportProblemsView.cpp" line="205" />
            <source>Value</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportProblemsView.cpp" line="205" />
            <source>Problem</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="235" />
            <source>first %1 of %Ln rows</source>
            <translation>
                <numerusform>first %1 of %Ln rows</numerusform>
                <numerusform>first %1 of %Ln rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportProblemsView.cpp" line="236" />
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln row</numerusform>
                <numerusform>%Ln rows</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/import/ImportProblemsView.cpp" line="237" />
            <source>&amp;Skipped (%1)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportProblemsView.cpp" line="238" />
            <source>Skipped, &amp;disagree with a customer (%1)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportProblemsView.cpp" line="239" />
            <source>Imported with a &amp;warning (%1)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportProblemsView.cpp" line="241" />
            <source>One line per row of the file; a row with several problems lists them in its line. Ctrl+Tab switches tabs.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportProblemsView.cpp" line="250" />
            <location filename="../ui/import/ImportProblemsView.cpp" line="256" />
            <source>Export Problems</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportProblemsView.cpp" line="251" />
            <source>-problems.csv</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportProblemsView.cpp" line="252" />
            <source>CSV files (*.csv)</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::ImportRunPage</name>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="138" />
            <source>Importing</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="149" />
            <source>&amp;Cancel Import</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="151" />
            <source>&amp;Undo This Import…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="153" />
            <source>Removes what this import added and restores what it changed (asks first).</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="190" />
            <source>Import finished</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="193" />
            <source>The import is saved, but tiers and stages could not be recalculated (%1). Use Tools ▸ Recalculate Tiers.</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportRunPages.cpp" line="196" />
            <source>Tiers and stages were refreshed for the %Ln customer(s) it touched.</source>
            <translation>
                <numerusform>Tiers and stages were refreshed for the %Ln customer it touched.</numerusform>
                <numerusform>Tiers and stages were refreshed for the %Ln customers it touched.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="203" />
            <source>Import cancelled</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="203" />
            <location filename="../ui/import/ImportRunPages.cpp" line="212" />
            <source>Import failed</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="204" />
            <source>The import was cancelled; the database is unchanged.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="205" />
            <source>Nothing was imported: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="213" />
            <source>Another task is still running; close the wizard and try again.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="225" />
            <source>Importing %1… Cancel leaves the database as it was.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="234" />
            <source>Cancelling… the import is being rolled back.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="265" />
            <source>Import undone</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportRunPages.cpp" line="272" />
            <source>Undo Import</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::ImportTemplates</name>
        <message>
            <location filename="../ui/widgets/ImportTemplates.cpp" line="36" />
            <source>customers-template.csv</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/ImportTemplates.cpp" line="37" />
            <source>orders-template.csv</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/ImportTemplates.cpp" line="48" />
            <source>Cannot write %1. Is the folder writable and the disk not full?</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/ImportTemplates.cpp" line="63" />
            <source>Save Import Templates to Folder</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/ImportTemplates.cpp" line="71" />
            <location filename="../ui/widgets/ImportTemplates.cpp" line="78" />
            <location filename="../ui/widgets/ImportTemplates.cpp" line="82" />
            <source>Save Import Templates</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/ImportTemplates.cpp" line="72" />
            <source>%1 already exists in this folder. Replace it?</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/ImportTemplates.cpp" line="72" />
            <source> and </source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/ImportTemplates.cpp" line="83" />
            <source>Saved in %1:

%2

Open them in Excel, replace the example rows with your own (keep the first row), save as CSV and import them with File ▸ Import — customers first, then orders.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::ImportUndo</name>
        <message numerus="yes">
            <location filename="../ui/import/ImportUndo.cpp" line="55" />
            <source>%Ln customer(s) removed.</source>
            <translation>
                <numerusform>%Ln customer removed.</numerusform>
                <numerusform>%Ln customers removed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportUndo.cpp" line="57" />
            <source>%Ln order(s) removed.</source>
            <translation>
                <numerusform>%Ln order removed.</numerusform>
                <numerusform>%Ln orders removed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/import/ImportUndo.cpp" line="59" />
            <source>%Ln changed value(s) restored.</source>
            <translation>
                <numerusform>%Ln changed value restored.</numerusform>
                <numerusform>%Ln changed values restored.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::ImportWizard</name>
        <message>
            <location filename="../ui/import/ImportWizard.cpp" line="17" />
            <source>Import Customers or Orders</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportWizard.cpp" line="28" />
            <source>&amp;Import</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportWizard.cpp" line="39" />
            <source>Stop the import? It is rolled back: nothing from this file is imported.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportWizard.cpp" line="41" />
            <source>Leave the import? Nothing from this file has been imported yet.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::LastCampaignsWidget</name>
        <message>
            <location filename="../ui/campaigns/LastCampaignsWidget.cpp" line="20" />
            <source>Last campaigns</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/LastCampaignsWidget.cpp" line="25" />
            <source>Campaign</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/LastCampaignsWidget.cpp" line="25" />
            <source>Contact group</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/LastCampaignsWidget.cpp" line="25" />
            <source>Held out</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/LastCampaignsWidget.cpp" line="25" />
            <source>Conversion lift</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/LastCampaignsWidget.cpp" line="25" />
            <source>95% interval, points</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/LastCampaignsWidget.cpp" line="35" />
            <source>Lift: conversion of the contacted group minus the hold-out's, with its 95% interval (unpooled Wald). Click a campaign to open it.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::MainWindow</name>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="109" />
            <source>Changed elsewhere — Refresh</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="112" />
            <source>Another till, the command line or a background task saved changes to this shop since this window last read it. Refresh (F5) shows them.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="145" />
            <source>&amp;File</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="146" />
            <source>&amp;New Database…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="147" />
            <source>&amp;Open Database…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="148" />
            <source>Connect to Shop &amp;Server…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="160" />
            <source>&amp;Import Customers or Orders…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="162" />
            <source>Import a CSV from Excel, your till or your online shop (Ctrl+I). You can also drop a CSV file on the window.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="164" />
            <source>Import &amp;History…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="168" />
            <source>Every import of this shop, and undo for any of them</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="169" />
            <source>Save Import &amp;Templates…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="170" />
            <source>A customers and an orders CSV with example rows and the headings the import recognises.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="172" />
            <source>&amp;Export Customers…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="173" />
            <source>Export the customers the list shows (all, or those matching the search and filters).</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="174" />
            <source>Export &amp;Marketing List…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="175" />
            <source>The customers the list shows, without those who opted out of marketing: for a campaign.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="177" />
            <source>&amp;Print Monthly Report…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="183" />
            <source>&amp;Back Up Now</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="184" />
            <source>&amp;Restore a Backup…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="186" />
            <source>&amp;Quit</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="190" />
            <source>&amp;View</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="193" />
            <source>&amp;Refresh</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="196" />
            <source>&amp;Language</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="199" />
            <source>Follow the System</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="207" />
            <source>The language changes the next time Clientele starts.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="211" />
            <source>&amp;Tools</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="222" />
            <source>&amp;Users and Roles…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="223" />
            <source>&amp;Audit Log…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="225" />
            <source>Find &amp;Duplicates…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="231" />
            <source>Customer F&amp;ields…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="238" />
            <source>Sto&amp;res…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="242" />
            <source>Auto&amp;mation…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="248" />
            <source>Sensitive &amp;Fields</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="249" />
            <source>Set &amp;Passphrase…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="250" />
            <source>&amp;Mark a Field as Sensitive…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="252" />
            <source>Mark a Field as Sensitive</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="253" />
            <source>Field name (letters, digits and _, e.g. passport_no):</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="258" />
            <source>Sensitive Fields</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="260" />
            <source>&amp;Lock Now</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="262" />
            <source>Sensitive fields locked.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="264" />
            <source>&amp;Backups to Keep…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="266" />
            <location filename="../ui/views/MainWindow.cpp" line="276" />
            <source>Backups to Keep</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="267" />
            <source>Clientele backs up before the first import of a day (each import can be undone), before merges, erasures, undone imports and rule changes, and on quit once a day. Keep the newest backup of each of the last N days (and of %1 weeks before them), N =</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="279" />
            <source>&amp;Switch User…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="281" />
            <source>&amp;Help</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="282" />
            <source>User &amp;Guide</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="283" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="284" />
            <source>&amp;About Clientele</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="285" />
            <source>About Clientele</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="286" />
            <source>&lt;b&gt;Clientele %1&lt;/b&gt;&lt;p&gt;A customer base for small shops: import, know, tier and act.&lt;/p&gt;</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="290" />
            <source>Main</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="313" />
            <source>%1 — Clientele</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="314" />
            <source>%1 (read-only) — Clientele</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="449" />
            <source>Show Clientele</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="453" />
            <source>Follow-ups Due Today</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="485" />
            <source>Signed in as %1 (%2)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="499" />
            <source>Change Passphrase</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="499" />
            <source>Current passphrase:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="504" />
            <location filename="../ui/views/MainWindow.cpp" line="509" />
            <location filename="../ui/views/MainWindow.cpp" line="513" />
            <location filename="../ui/views/MainWindow.cpp" line="518" />
            <source>Sensitive Fields Passphrase</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="505" />
            <source>New passphrase (at least 10 characters). Without it the sensitive fields cannot be read — keep it safe:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="509" />
            <source>Once more:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="513" />
            <source>The two passphrases differ.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="521" />
            <source>Passphrase changed; every sensitive value was re-encrypted.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="522" />
            <source>Sensitive fields are now stored encrypted.</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../ui/views/MainWindow.cpp" line="680" />
            <source>  ·  %Ln customer record(s) shown</source>
            <translation>
                <numerusform>  ·  %Ln customer record shown</numerusform>
                <numerusform>  ·  %Ln customer records shown</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/views/MainWindow.cpp" line="681" />
            <source>  ·  %Ln order(s) recorded</source>
            <translation>
                <numerusform>  ·  %Ln order recorded</numerusform>
                <numerusform>  ·  %Ln orders recorded</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="682" />
            <source>  ·  ? orders recorded</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="684" />
            <source>  ·  %1 selected</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="691" />
            <source>User guide for the view in front</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="692" />
            <source>Search customers</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="693" />
            <source>Import a CSV file</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="694" />
            <source>New customer</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="695" />
            <source>Print or save the monthly tier report</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="696" />
            <source>Enter</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="696" />
            <source>Open the selected customer's profile</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="697" />
            <source>Tag the selected customers</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="699" />
            <source>Schedule a follow-up for the selected customers</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="700" />
            <source>Clear search and filters</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="701" />
            <source>Refresh</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="702" />
            <source>Open a database</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="703" />
            <source>Page Up / Page Down</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="703" />
            <source>Calendar: previous / next month</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="704" />
            <source>Calendar: mark the selected follow-up done</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="705" />
            <source>Insert / Delete</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="705" />
            <source>Calendar: new follow-up / cancel the selected ones</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="706" />
            <source>Counter: find a member (from any view; from the customer list, the selected customer)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="707" />
            <source>Counter: print the last receipt</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="708" />
            <source>Counter: enrol a new member</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="709" />
            <source>Counter: top up stored value</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="718" />
            <source>Keyboard Shortcuts</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindow.cpp" line="743" />
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="63" />
            <source>Backup failed</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="24" />
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="30" />
            <source>New Database</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="26" />
            <source>Clientele databases (*.sqlite)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="31" />
            <source>%1 already exists. Choose File ▸ Open Database to open it.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="34" />
            <source>Cannot create database</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="39" />
            <source>Open Database</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="40" />
            <source>Clientele databases (*.sqlite *.db);;All files (*)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="42" />
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="104" />
            <source>Cannot open database</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="66" />
            <source>Backup written and checked: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="74" />
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="82" />
            <source>Restore a Backup</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="74" />
            <source>There is no backup of %1 yet.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="79" />
            <source>%1 — %2</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="83" />
            <source>Replace the current data with this backup? The current file is kept beside it.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="101" />
            <source>Restore failed</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/views/MainWindowShopFiles.cpp" line="110" />
            <source>Backup restored; the replaced file was kept as %1.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::MemberLedgerPanel</name>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="74" />
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="79" />
            <source>Date</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="74" />
            <source>Ledger</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="74" />
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="79" />
            <source>What</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="74" />
            <source>Change</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="74" />
            <source>Expires</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="75" />
            <source>Sale</source>
            <comment>column: a sale's number</comment>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="75" />
            <source>Note</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="75" />
            <source>By</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="75" />
            <source>Till</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="79" />
            <source>Number</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="79" />
            <source>Amount</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="79" />
            <source>Points redeemed</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="79" />
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="152" />
            <source>Stored value</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="80" />
            <source>Other payment</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="80" />
            <source>Points earned</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="85" />
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="212" />
            <source>&amp;Refund or Void Sale…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="87" />
            <source>Gives back the sale's points, stored value, coupon and card uses; a sale of today is voided, an older one refunded (owners only).</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="121" />
            <source>Points: %1 (%2 expire within 30 days, %3 expired so far). Stored value: %4 (principal %5, bonus %6).</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="143" />
            <source>Points</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="154" />
            <source>principal %1, bonus %2</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="175" />
            <source>Void of %1</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="176" />
            <source>Refund of %1</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="178" />
            <source>%1 (voided)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="179" />
            <source>%1 (refunded)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="186" />
            <source>+%1 returned</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="191" />
            <source>%1 taken back</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="210" />
            <source>&amp;Void Sale…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="210" />
            <source>&amp;Refund Sale…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="218" />
            <source>Void sale %1 (rung up today)?</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="218" />
            <source>Refund sale %1? (After its day: owners only.)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="223" />
            <source>%1 (member %2)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="224" />
            <source>Customer: %1. Sale amount: %2, rung up on %3.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="228" />
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="231" />
            <source>Pay back %1 by %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="235" />
            <source>Stored value that will be returned: principal %1, bonus %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="238" />
            <source>Points that will be given back: %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="240" />
            <source>Points the sale earned that will be taken back: %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="242" />
            <source>Coupon that will be returned: %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="242" />
            <source>, </source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="244" />
            <source>Visit card %1: its %2 unused uses (of %3) will be cancelled.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="249" />
            <source>Visit-card uses that will be given back: %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="250" />
            <source>Afterwards: %1 points, stored value %2.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="252" />
            <source>The points this sale earned were partly spent since: the balance goes below zero, and the next points the member earns make it up.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="268" />
            <source>Void Sale</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="268" />
            <source>Refund Sale</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="295" />
            <source>Voided %1 (reversal recorded as %2).</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/MemberLedgerPanel.cpp" line="295" />
            <source>Refunded %1 (refund recorded as %2).</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::MemberProgramDialog</name>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="72" />
            <source>Visit-Card Plans and Coupon Types</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="77" />
            <source>Visit-card plans</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="78" />
            <source>Coupon types</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="97" />
            <source>Plan</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="97" />
            <source>Uses</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="97" />
            <source>Price</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="97" />
            <source>Per use</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="97" />
            <source>Months valid</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="97" />
            <source>Covers</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="102" />
            <source>e.g. 10 haircuts</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="114" />
            <source>Services or product codes the card covers</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="115" />
            <location filename="../ui/member/MemberProgramDialog.cpp" line="181" />
            <source>&amp;Name:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="116" />
            <source>&amp;Uses:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="117" />
            <source>&amp;Price (¥):</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="118" />
            <source>&amp;Months valid:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="119" />
            <source>Co&amp;vers:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="120" />
            <source>&amp;Add Plan</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="125" />
            <source>Only the owner may change the plans.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="137" />
            <source>Type</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="137" />
            <source>Gives</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="137" />
            <source>Valid</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="137" />
            <source>Per customer</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="137" />
            <source>Issued</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="137" />
            <source>Redeemed</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="138" />
            <source>Redemption rate</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="143" />
            <source>e.g. ¥20 off ¥200</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="155" />
            <source>no cap</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="161" />
            <source>Days after issue</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="162" />
            <source>Until a date</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="175" />
            <location filename="../ui/member/MemberProgramDialog.cpp" line="254" />
            <source>no limit</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="176" />
            <source>&amp;Stackable with other stackable coupons</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="182" />
            <source>&amp;Kind:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="183" />
            <source>&amp;Amount off / item value (¥):</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="184" />
            <source>&amp;Percent off:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="185" />
            <source>At m&amp;ost (¥):</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="186" />
            <source>&amp;Free item:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="188" />
            <source>M&amp;inimum spend (¥):</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="189" />
            <source>&amp;Valid:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="190" />
            <source>&amp;Days:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="191" />
            <source>&amp;Last day:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="192" />
            <source>Per c&amp;ustomer:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="197" />
            <source>Add &amp;Coupon Type</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="202" />
            <source>Only the owner may change the coupon types.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="249" />
            <source>%1 days after issue</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="250" />
            <source>until %1</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="275" />
            <location filename="../ui/member/MemberProgramDialog.cpp" line="280" />
            <source>Add Plan</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="275" />
            <source>The price "%1" is not an amount.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="297" />
            <location filename="../ui/member/MemberProgramDialog.cpp" line="323" />
            <source>Add Coupon Type</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/member/MemberProgramDialog.cpp" line="297" />
            <source>"%1" is not an amount.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::MergeDialog</name>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="44" />
            <source>Female</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="44" />
            <source>Male</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="46" />
            <source>Allowed</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="46" />
            <source>Opted out</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="55" />
            <source>Find and Merge Duplicates</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="58" />
            <source>Records that may be the same person:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="64" />
            <source>No other record shares this customer's phone, e-mail or name.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="67" />
            <source>Pick the value the merged customer keeps for each field. Orders, notes, follow-ups and tags of both are kept; marketing opt-outs are respected.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="75" />
            <source>Field</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="75" />
            <source>This customer</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="75" />
            <source>Duplicate</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="82" />
            <source>Earlier merges into this customer:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="89" />
            <source>&amp;Merge Into This Customer</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="91" />
            <source>&amp;Undo Merge</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="92" />
            <source>Brings the merged record back with its own orders, notes and follow-ups.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="114" />
            <source>%1 · %2 · customer %3 — %4</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="120" />
            <source>%1 ⚠ probably another person: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="122" />
            <source>Birthday, city or gender differ. Merge only if you are sure this is the same person.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="141" />
            <source>%1 (customer %2), merged %3 — undone</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="145" />
            <source>%1 (customer %2), merged %3</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="182" />
            <source>(empty)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="240" />
            <source>Cannot merge</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/MergeDialog.cpp" line="256" />
            <source>Cannot undo the merge</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::MonthModel</name>
        <message numerus="yes">
            <location filename="../ui/calendar/MonthModel.cpp" line="73" />
            <source>%Ln overdue</source>
            <translation>
                <numerusform>%Ln overdue</numerusform>
                <numerusform>%Ln overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/calendar/MonthModel.cpp" line="73" />
            <source>%Ln to do</source>
            <translation>
                <numerusform>%Ln to do</numerusform>
                <numerusform>%Ln to do</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/calendar/MonthModel.cpp" line="75" />
            <source>%Ln done or cancelled</source>
            <translation>
                <numerusform>%Ln done or cancelled</numerusform>
                <numerusform>%Ln done or cancelled</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>clientele::ui::NewFieldDialog</name>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="43" />
            <source>The profile cannot be saved without a value</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="45" />
            <source>New Customer Field</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="50" />
            <source>e.g. Skin type</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="51" />
            <source>made from the label</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="52" />
            <source>A short name for scripts and saved mappings: a-z, 0-9 and _</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="56" />
            <source>one choice per line</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="58" />
            <source>Choices:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="64" />
            <source>Label:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="65" />
            <source>Key:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="66" />
            <source>Type:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/CustomFieldDialogs.cpp" line="70" />
            <source>Add Field</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::NewMemberDialog</name>
        <message>
            <location filename="../ui/counter/NewMemberDialog.cpp" line="21" />
            <source>New Member</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/NewMemberDialog.cpp" line="27" />
            <source>&amp;Name:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/NewMemberDialog.cpp" line="28" />
            <source>&amp;Phone:</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::NoteDialog</name>
        <message>
            <location filename="../ui/dialogs/NoteDialog.cpp" line="20" />
            <source>Add Note</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/NoteDialog.cpp" line="32" />
            <source>What happened, what they asked for, what you promised…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/NoteDialog.cpp" line="33" />
            <source>&amp;Kind:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/NoteDialog.cpp" line="34" />
            <source>&amp;When:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/NoteDialog.cpp" line="35" />
            <source>&amp;Text:</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::ParamForm</name>
        <message>
            <location filename="../ui/automation/ParamForm.cpp" line="66" />
            <source>%1:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/ParamForm.cpp" line="69" />
            <source>Nothing to set.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/ParamForm.cpp" line="80" />
            <source> days</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/ParamForm.cpp" line="97" />
            <source>¥</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/ParamForm.cpp" line="98" />
            <source>no limit</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/ParamForm.cpp" line="113" />
            <source>Empty: the rule's usual wording</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/ParamForm.cpp" line="118" />
            <source>, </source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/ParamForm.cpp" line="119" />
            <source>Any; separate several with commas</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/ParamForm.cpp" line="127" />
            <source>One holiday a line: its name, a colon, its dates (2027-02-06, 2028-01-26)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/ParamForm.cpp" line="148" />
            <source>(none yet)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/ParamForm.cpp" line="167" />
            <source>%1 (not in this shop now)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/ParamForm.cpp" line="170" />
            <source>This shop has no such choice at the moment (another tier scheme, or one that was removed): it matches no customer until it has. Untick it to drop it.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/automation/ParamForm.cpp" line="173" />
            <source>Tick the ones that count; none ticked: any</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::Receipt</name>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="39" />
            <source>Amount</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="39" />
            <source>Visit card %1 (%2)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="42" />
            <source>Tier discount</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="44" />
            <source>Coupon %1</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="46" />
            <source>Free: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="48" />
            <source>%1 points redeemed</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="50" />
            <source>Stored value: principal</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="51" />
            <source>Stored value: bonus</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="55" />
            <source>Total paid</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="57" />
            <source>Points earned</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="58" />
            <source>Points now</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="59" />
            <source>Stored value now</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="60" />
            <source>of which bonus</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="62" />
            <source>Receipt</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="70" />
            <source>No. %1</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="72" />
            <source>Member %1 %2</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="73" />
            <source>Thank you!</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/Receipt.cpp" line="102" />
            <source>Cannot write %1.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::ReportDialog</name>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="29" />
            <source>Monthly Tier Report</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="37" />
            <source>A4</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="38" />
            <source>Letter</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="41" />
            <source>&amp;Month:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="42" />
            <source>S&amp;tores:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="44" />
            <source>&amp;Paper:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="48" />
            <source>Key figures with the change from the month before, the tier table and chart, the tier migration, top and at-risk customers, and follow-ups.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="50" />
            <source>No month has figures yet: the report appears after the first segmentation run.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="53" />
            <source>&amp;Preview and Print…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="54" />
            <source>&amp;Save As…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="55" />
            <source>PDF, HTML (for a browser) or CSV (for a spreadsheet)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="111" />
            <source>PDF (*.pdf)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="112" />
            <source>Web page (*.html)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="113" />
            <source>CSV for a spreadsheet (*.csv)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="115" />
            <location filename="../ui/dialogs/ReportDialog.cpp" line="124" />
            <location filename="../ui/dialogs/ReportDialog.cpp" line="150" />
            <source>Save Report</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="115" />
            <source>tier-report-%1.pdf</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/ReportDialog.cpp" line="124" />
            <source>The report was saved as %1.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::ReportDocument</name>
        <message>
            <location filename="../ui/report/ReportDocument.cpp" line="134" />
            <source>Cannot write %1 (is the folder writable?).</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/report/ReportDocument.cpp" line="138" />
            <source>Cannot write %1.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::SegmentationRunner</name>
        <message>
            <location filename="../ui/widgets/SegmentationRunner.cpp" line="58" />
            <source>Recalculate &amp;Tiers</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/SegmentationRunner.cpp" line="62" />
            <source>Work out tiers, stages, RFM scores and predicted value for every customer now. Clientele also does this by itself after imports, merges and rule changes, and on the first start of a day.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/SegmentationRunner.cpp" line="70" />
            <source>Tiers %p%</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/SegmentationRunner.cpp" line="145" />
            <source>Recalculating tiers, stages and predicted value…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/SegmentationRunner.cpp" line="146" />
            <source>Bringing tiers and stages up to date…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/SegmentationRunner.cpp" line="154" />
            <location filename="../ui/widgets/SegmentationRunner.cpp" line="157" />
            <source>Tiers could not be recalculated: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/SegmentationRunner.cpp" line="156" />
            <source>Recalculate Tiers</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/SegmentationRunner.cpp" line="161" />
            <source>Tiers, stages and predicted value are up to date for %1 customers.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::SensitiveFieldsPanel</name>
        <message>
            <location filename="../ui/widgets/SensitiveFieldsPanel.cpp" line="44" />
            <source>No passphrase is set for sensitive fields yet. The owner sets one under Tools ▸ Sensitive Fields; ID-card numbers and private notes are then stored encrypted.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/SensitiveFieldsPanel.cpp" line="49" />
            <source>Unlocked for this session. Showing a value is recorded in the audit log.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/SensitiveFieldsPanel.cpp" line="50" />
            <source>🔒 Locked. Values are encrypted; the owner's passphrase opens them.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/SensitiveFieldsPanel.cpp" line="58" />
            <source>(empty)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/SensitiveFieldsPanel.cpp" line="61" />
            <source>Show</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/SensitiveFieldsPanel.cpp" line="64" />
            <source>Show the value (recorded in the audit log)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/SensitiveFieldsPanel.cpp" line="64" />
            <source>Only the owner may see this</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/SensitiveFieldsPanel.cpp" line="65" />
            <source>Edit…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/SensitiveFieldsPanel.cpp" line="83" />
            <location filename="../ui/widgets/SensitiveFieldsPanel.cpp" line="88" />
            <source>Unlock Sensitive Fields</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/SensitiveFieldsPanel.cpp" line="83" />
            <source>Owner's passphrase:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/SensitiveFieldsPanel.cpp" line="101" />
            <location filename="../ui/widgets/SensitiveFieldsPanel.cpp" line="121" />
            <source>Sensitive Fields</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/SensitiveFieldsPanel.cpp" line="115" />
            <source>New value (empty removes it):</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::ServicePage</name>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="35" />
            <source>Open tickets</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="36" />
            <source>Overdue</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="37" />
            <source>Mine</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="38" />
            <source>All tickets</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="39" />
            <source>Show:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="46" />
            <source>&amp;New Ticket…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="50" />
            <source>&amp;Open Ticket…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="52" />
            <source>Open the &amp;Customer</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="58" />
            <source>Service &amp;Settings…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="74" />
            <source>#</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="74" />
            <source>Customer</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="74" />
            <source>Kind</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="74" />
            <source>Priority</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="74" />
            <source>Status</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="74" />
            <source>Handled by</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="74" />
            <source>Due</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="74" />
            <source>Ticket subject</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="89" />
            <source>Service</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="94" />
            <source>&amp;Service</source>
            <comment>View menu</comment>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="99" />
            <source>&amp;Service</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="128" />
            <source>paused (waiting)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="130" />
            <source>resolved late (SLA breached)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="130" />
            <source>resolved in time</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="132" />
            <source>%1 · breached</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="154" />
            <source>Due %1; first response due %2</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="167" />
            <source>No tickets yet. A complaint, return, repair or question becomes a ticket with New Ticket… (Ctrl+Shift+K).</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="169" />
            <source>No tickets here. Resolved and closed tickets are under “All tickets”; a new one: New Ticket… (Ctrl+Shift+K).</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="171" />
            <source>Tickets: %1, overdue: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServicePage.cpp" line="172" />
            <source>Tickets: %1</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::ServiceSettingsDialog</name>
        <message>
            <location filename="../ui/service/ServiceSettingsDialog.cpp" line="31" />
            <source>Service Settings</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServiceSettingsDialog.cpp" line="35" />
            <source>Opening hours (the SLA clock runs only while the shop is open)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServiceSettingsDialog.cpp" line="60" />
            <source>Time to resolve, in opening hours (first response: a quarter of it)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServiceSettingsDialog.cpp" line="69" />
            <source> h</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServiceSettingsDialog.cpp" line="74" />
            <source> min</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServiceSettingsDialog.cpp" line="90" />
            <source>NPS warning</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServiceSettingsDialog.cpp" line="99" />
            <source> points</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServiceSettingsDialog.cpp" line="101" />
            <source>Red when the NPS is below:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServiceSettingsDialog.cpp" line="102" />
            <source>Amber when it drops from last month by:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServiceSettingsDialog.cpp" line="106" />
            <source>Only the owner can change these settings.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/ServiceSettingsDialog.cpp" line="124" />
            <source>first response within %1 h %2 min</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::SignInDialog</name>
        <message>
            <location filename="../ui/dialogs/SignInDialog.cpp" line="21" />
            <source>Sign In — Clientele</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/SignInDialog.cpp" line="23" />
            <source>&lt;b&gt;%1&lt;/b&gt; is protected by user accounts.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/SignInDialog.cpp" line="34" />
            <source>&amp;User:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/SignInDialog.cpp" line="35" />
            <source>&amp;Password:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/SignInDialog.cpp" line="38" />
            <source>&amp;Sign In</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::StoreFilterCombo</name>
        <message>
            <location filename="../ui/stores/StoreFilterCombo.cpp" line="59" />
            <source>All stores</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/stores/StoreFilterCombo.cpp" line="61" />
            <source>My stores</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::StoresDialog</name>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="33" />
            <source>Edit Store</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="33" />
            <source>Add Store</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="38" />
            <source>e.g. SH01, as in the store column of your order files</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="41" />
            <source>e.g. Nanjing Road</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="47" />
            <source>Orders and sales name the store by its code, so it stays as it is.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="51" />
            <source>&amp;Code:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="52" />
            <source>&amp;Name:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="53" />
            <source>A&amp;ddress:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="84" />
            <location filename="../ui/stores/StoresDialog.cpp" line="170" />
            <source>Stores</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="86" />
            <source>Each store is known by its code, which orders, counter sales and top-ups carry. A customer's home store is where they first bought, unless set on their profile; each till chooses the store it sells for on the Counter page.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="96" />
            <source>Code</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="96" />
            <source>Name</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="96" />
            <source>Address</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="96" />
            <source>Home customers</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="98" />
            <source>Customers whose home store this is: where they first bought, or set by hand on their profile</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="108" />
            <source>No stores yet.

One shop needs none. A chain lists its stores here: add them with Add…, or import orders with a store column and the stores they name are added. Each till then chooses its store on the Counter page.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="121" />
            <source>This shop is open read-only: the store list cannot be changed.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="122" />
            <source>Only an owner can change the store list.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="127" />
            <source>&amp;Add…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="129" />
            <source>&amp;Edit…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="131" />
            <source>&amp;Remove</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="156" />
            <source>%1 (%2)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="243" />
            <source>Remove Store</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="243" />
            <source>Remove store %1 from the list?</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/stores/StoresDialog.cpp" line="246" />
            <source>Store Not Removed</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::SurveyPanel</name>
        <message>
            <location filename="../ui/service/SurveyPanel.cpp" line="27" />
            <source>How likely is the customer to recommend the shop (0–10)?</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/SurveyPanel.cpp" line="30" />
            <source>Date</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/SurveyPanel.cpp" line="30" />
            <source>Score</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/SurveyPanel.cpp" line="30" />
            <location filename="../ui/service/SurveyPanel.cpp" line="46" />
            <source>Comment</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/SurveyPanel.cpp" line="47" />
            <source>Record Ans&amp;wer</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/SurveyPanel.cpp" line="49" />
            <source>New Reply &amp;Code</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/SurveyPanel.cpp" line="95" />
            <source>Answer recorded; a call-back is on the follow-up calendar.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/SurveyPanel.cpp" line="96" />
            <source>Answer recorded.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/SurveyPanel.cpp" line="109" />
            <source>Reply code %1: put it in the survey message; when the customer answers, record it with the code (clientele-cli survey reply %1 --score N).</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::TicketDialog</name>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="51" />
            <source>Ticket #%1</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="51" />
            <source>New Service Ticket</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="60" />
            <source>&amp;Customer:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="63" />
            <source>Customer:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="67" />
            <source>&amp;Kind:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="71" />
            <source>&amp;Priority:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="74" />
            <source>&amp;Subject:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="79" />
            <source>&amp;Description:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="84" />
            <source>Due:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="87" />
            <source>S&amp;tatus:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="91" />
            <source>A note on the change; when resolving, the resolution</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="93" />
            <source>&amp;Note:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="96" />
            <source>When</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="96" />
            <source>Status</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="96" />
            <source>Note</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="101" />
            <source>History</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="136" />
            <source>Resolved later than its SLA</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="136" />
            <source>Resolved within its SLA</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="138" />
            <source>Paused while waiting for the customer</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="140" />
            <source>%1 (overdue)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="158" />
            <source>This shop is open read-only.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="170" />
            <source>Choose the customer first.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="214" />
            <source>The new ticket has not been saved.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/service/TicketDialog.cpp" line="215" />
            <source>The ticket was changed but not saved.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::TillStoreBar</name>
        <message>
            <location filename="../ui/counter/TillStoreBar.cpp" line="20" />
            <source>T&amp;ill's store:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/TillStoreBar.cpp" line="29" />
            <source>The store this till sells for: its sales and top-ups count for that store. Each computer at the counter has its own setting.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/TillStoreBar.cpp" line="67" />
            <source>Choose this till's store…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/TillStoreBar.cpp" line="77" />
            <source>none chosen for this till yet</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/TillStoreBar.cpp" line="80" />
            <source>Choose the store this till stands in, so its sales and top-ups count for that store.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/TillStoreBar.cpp" line="82" />
            <source>An owner chooses the store this till sells for, here.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/counter/TillStoreBar.cpp" line="109" />
            <source>This till now sells for %1.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::TimelineView</name>
        <message>
            <location filename="../ui/widgets/TimelineView.cpp" line="38" />
            <source>Date</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/TimelineView.cpp" line="38" />
            <source>Type</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/TimelineView.cpp" line="38" />
            <source>What</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/widgets/TimelineView.cpp" line="38" />
            <source>Details</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::UserStoresDialog</name>
        <message>
            <location filename="../ui/stores/UserStoresDialog.cpp" line="21" />
            <source>Stores of %1</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/stores/UserStoresDialog.cpp" line="23" />
            <source>Tick the stores whose figures %1 sees on the dashboard, in the monthly report and in the at-risk lists. No tick: the whole chain. Every member can still be served at any store.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::UsersDialog</name>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="28" />
            <location filename="../ui/dialogs/UsersDialog.cpp" line="153" />
            <source>Users and Roles</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="30" />
            <source>Owners may do everything. Staff may not export, erase or merge customers, undo imports, change tier and care rules, restore backups or see full phone numbers. Without accounts, Clientele opens without signing in.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="38" />
            <source>User</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="38" />
            <source>Role</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="38" />
            <source>Stores</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="38" />
            <source>Locked until</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="46" />
            <source>Add &amp;Owner…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="47" />
            <source>Add &amp;Staff…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="48" />
            <source>Set &amp;Password…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="49" />
            <source>Change &amp;Role</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="50" />
            <source>S&amp;tores…</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="52" />
            <source>Which stores' figures the account sees (none ticked: the whole chain)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="56" />
            <source>Re&amp;move</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="60" />
            <source>Add User</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="60" />
            <source>Name:</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="98" />
            <source>Remove User</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="98" />
            <source>Remove the account “%1”?</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="126" />
            <source>All (chain)</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="126" />
            <source>, </source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="144" />
            <source>Password</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/dialogs/UsersDialog.cpp" line="145" />
            <source>Password for %1 (at least %2 characters):</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::WorkThroughDialog</name>
        <message>
            <location filename="../ui/campaigns/WorkThroughDialog.cpp" line="38" />
            <source>Work Through the Contact List</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/WorkThroughDialog.cpp" line="41" />
            <source>Name</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/WorkThroughDialog.cpp" line="41" />
            <source>Phone</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/WorkThroughDialog.cpp" line="41" />
            <source>Message</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/WorkThroughDialog.cpp" line="41" />
            <source>Contacted</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/WorkThroughDialog.cpp" line="46" />
            <source>Co&amp;py Message</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/WorkThroughDialog.cpp" line="48" />
            <source>&amp;Mark Contacted</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/WorkThroughDialog.cpp" line="109" />
            <source>Recorded as %1</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/campaigns/WorkThroughDialog.cpp" line="119" />
            <source>%1 of %2 contacted</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../ui/campaigns/WorkThroughDialog.cpp" line="121" />
            <source>%Ln not reachable by phone</source>
            <translation>
                <numerusform>%Ln not reachable by phone</numerusform>
                <numerusform>%Ln not reachable by phone</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/campaigns/WorkThroughDialog.cpp" line="148" />
            <source>Message copied.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::ui::importundo</name>
        <message>
            <location filename="../ui/import/ImportUndo.cpp" line="22" />
            <source>Undo This Import</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportUndo.cpp" line="23" />
            <source>Undo import #%1? Everything it added is removed and every value it changed is restored. To have it back you would import the file again.</source>
            <translation />
        </message>
        <message>
            <location filename="../ui/import/ImportUndo.cpp" line="54" />
            <source>Import #%1 undone.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../app/desktop/main.cpp" line="57" />
            <source>Customer base for small shops</source>
            <translation />
        </message>
        <message>
            <location filename="../app/desktop/main.cpp" line="60" />
            <source>Database file or shop server (postgresql://USER@HOST[:PORT]/DATABASE) to open.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/desktop/main.cpp" line="63" />
            <source>Open the demo shop (created on first use).</source>
            <translation />
        </message>
        <message>
            <location filename="../app/desktop/main.cpp" line="91" />
            <source>Open Database</source>
            <translation />
        </message>
        <message>
            <location filename="../app/desktop/main.cpp" line="92" />
            <source>Clientele databases (*.sqlite *.db);;All files (*)</source>
            <translation />
        </message>
        <message>
            <location filename="../app/desktop/main.cpp" line="105" />
            <location filename="../app/desktop/main.cpp" line="159" />
            <source>Cannot open database</source>
            <translation />
        </message>
        <message>
            <location filename="../app/desktop/main.cpp" line="118" />
            <location filename="../app/desktop/main.cpp" line="126" />
            <location filename="../app/desktop/main.cpp" line="133" />
            <source>Damaged database</source>
            <translation />
        </message>
        <message>
            <location filename="../app/desktop/main.cpp" line="119" />
            <source>%1 is damaged (%2) and there is no backup to restore. The file was left as it is.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/desktop/main.cpp" line="127" />
            <source>%1 is damaged (%2).

Restore the newest backup, made %3? The damaged file is kept beside it.</source>
            <translation />
        </message>
        <message>
            <location filename="../app/desktop/main.cpp" line="150" />
            <source>Database in use</source>
            <translation />
        </message>
        <message>
            <location filename="../app/desktop/main.cpp" line="151" />
            <source>%1 is open in another Clientele window. Open it read-only?</source>
            <translation />
        </message>
        <message>
            <location filename="../app/desktop/main.cpp" line="168" />
            <source>Cannot create the demo shop</source>
            <translation />
        </message>
        <message>
            <location filename="../app/desktop/main.cpp" line="173" />
            <source>Cannot segment the demo shop</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::customers::DisplayName</name>
        <message>
            <location filename="../core/customers/DisplayName.cpp" line="16" />
            <source>(no name)</source>
            <translation />
        </message>
    </context>
    <context>
        <name>clientele::core::storage::HealthQueries</name>
        <message>
            <location filename="../core/storage/HealthQueries.cpp" line="22" />
            <source>Reading the customers behind a health figure</source>
            <translation />
        </message>
    </context>
</TS>