using Crm.Shared.Kernel;

namespace Crm.UnitTests.Kernel;

internal sealed class TypedIdTests
{
    [Test]
    public void NewValue_MadeManyTimesWithinMilliseconds_GrowsEveryTime_AsBytesAndAsText()
    {
        var ids = Enumerable.Range(0, 20_000).Select(_ => TypedId.NewValue()).ToList();

        var bytesOutOfOrder = ids.Zip(ids.Skip(1)).Count(pair => BigEndian(pair.First).SequenceCompareTo(BigEndian(pair.Second)) >= 0);
        var textOutOfOrder = ids.Zip(ids.Skip(1)).Count(pair => string.CompareOrdinal(pair.First.ToString(), pair.Second.ToString()) >= 0);
        Assert.Multiple(() =>
        {
            Assert.That(bytesOutOfOrder, Is.Zero, "PostgreSQL compares uuids byte by byte");
            Assert.That(textOutOfOrder, Is.Zero, "SQLite compares the text");
            Assert.That(ids.Select(id => id.Version), Is.All.EqualTo(7));
        });
    }

    private static byte[] BigEndian(Guid id)
    {
        var bytes = new byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        return bytes;
    }
}
