// The hint label keeps what it measured and laid out across changes that do not affect it;
// whatever it kept, it must paint exactly what a label made fresh at that size paints.
#include "steps/reservedheightlabel.h"

#include <QImage>
#include <QTest>

#include <memory>

using namespace stagecraft;

namespace {

const QString Long = QStringLiteral("system packages the install and build steps need, such as python3 and "
                                    "build-essential for native addons; empty when the project needs none");

std::unique_ptr<ReservedHeightLabel> makeHint(const QString &text)
{
    auto label = std::make_unique<ReservedHeightLabel>();
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setText(text);
    return label;
}

QImage painted(ReservedHeightLabel &label)
{
    QImage image(label.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    label.render(&image);
    return image;
}

} // namespace

class TestReservedHeightLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Height-only resizes keep the text's line breaks; width changes break it again.
    void paintsLikeAFreshLabelAfterEveryResize()
    {
        auto kept = makeHint(Long);
        kept->show();
        QVERIFY(QTest::qWaitForWindowExposed(kept.get()));
        for (const QSize size : {QSize(300, 100), QSize(300, 220), QSize(150, 220), QSize(150, 60), QSize(300, 60), QSize(420, 60)}) {
            kept->resize(size);
            QCoreApplication::processEvents();
            const QImage keptImage = painted(*kept);
            auto fresh = makeHint(Long);
            fresh->resize(size);
            fresh->show();
            QVERIFY(QTest::qWaitForWindowExposed(fresh.get()));
            QCOMPARE(keptImage, painted(*fresh));
        }
    }

    // A new text of the same width is laid out anew.
    void paintsANewTextLikeAFreshLabel()
    {
        auto kept = makeHint(Long);
        kept->resize(200, 120);
        kept->show();
        QVERIFY(QTest::qWaitForWindowExposed(kept.get()));
        painted(*kept);
        const QString other = QStringLiteral("bun.lock, or bun.lockb for projects made before Bun 1.2");
        kept->setText(other);
        QCoreApplication::processEvents();
        auto fresh = makeHint(other);
        fresh->resize(200, 120);
        fresh->show();
        QVERIFY(QTest::qWaitForWindowExposed(fresh.get()));
        QCOMPARE(painted(*kept), painted(*fresh));
    }

    // The room kept is the tallest possible text's at the label's width.
    void keepsRoomForTheTallestPossibleText()
    {
        auto label = makeHint(QStringLiteral("short"));
        label->setPossibleTexts({QStringLiteral("short"), Long});
        auto tall = makeHint(Long);
        QCOMPARE(label->heightForWidth(160), tall->QLabel::heightForWidth(160));
        QVERIFY(label->heightForWidth(160) > makeHint(QStringLiteral("short"))->QLabel::heightForWidth(160));
    }
};

QTEST_MAIN(TestReservedHeightLabel)
#include "tst_reservedheightlabel.moc"
