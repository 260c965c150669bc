using Crm.Modules.Contacts.Domain.Common;
using Crm.Shared.Kernel;

namespace Crm.UnitTests.Contacts;

internal sealed class TagsTests
{
    [TestCase("  vip  ", "vip")]
    [TestCase("trade   show", "trade show")]
    [TestCase("\ttrade \n show ", "trade show")]
    public void Clean_WhenTagPadded_TrimsAndCollapsesSpaces(string tag, string expected)
    {
        var result = Tags.Clean([tag]);

        Assert.That(result.IsSuccess, Is.True, () => $"failed: {result.Error?.Code}");
        Assert.That(result.Value, Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void Clean_WhenSameTagInSeveralCases_KeepsTheFirstOnly()
    {
        var result = Tags.Clean(["Partner", "VIP", "partner", "PARTNER ", "vip"]);

        Assert.That(result.Value, Is.EqualTo(new[] { "Partner", "VIP" }));
    }

    [Test]
    public void Clean_WhenTagsBlankOrNull_DropsThem()
    {
        var result = Tags.Clean([null, "", "   ", "vip"]);

        Assert.That(result.Value, Is.EqualTo(new[] { "vip" }));
    }

    [Test]
    public void Clean_WhenTagHas50Characters_KeepsIt()
    {
        var tag = new string('x', Tags.MaxLength);

        var result = Tags.Clean([tag]);

        Assert.That(Tags.MaxLength, Is.EqualTo(50));
        Assert.That(result.Value, Is.EqualTo(new[] { tag }));
    }

    [TestCase(51)]
    [TestCase(200)]
    public void Clean_WhenTagLongerThan50_FailsWithTagInvalid(int length)
    {
        AssertFails(Tags.Clean([new string('x', length)]), "tag.invalid");
    }

    [TestCase("bad\u0001tag")]
    [TestCase("bad\u007Ftag")]
    [TestCase("\u0000")]
    public void Clean_WhenTagHasControlCharacter_FailsWithTagInvalid(string tag)
    {
        AssertFails(Tags.Clean([tag]), "tag.invalid");
    }

    [Test]
    public void Clean_When50DistinctTags_KeepsThemAll()
    {
        var result = Tags.Clean(Enumerable.Range(1, Tags.MaxCount).Select(i => $"tag{i}"));

        Assert.That(result.Value, Has.Count.EqualTo(50));
    }

    [Test]
    public void Clean_WhenMoreThan50DistinctTags_FailsWithTooMany()
    {
        AssertFails(Tags.Clean(Enumerable.Range(1, 51).Select(i => $"tag{i}")), "tag.too_many");
    }

    [Test]
    public void Clean_WhenMoreThan50TagsButDuplicates_CountsDistinctOnes()
    {
        var tags = Enumerable.Range(1, 30).SelectMany(i => new[] { $"tag{i}", $"TAG{i}" });

        var result = Tags.Clean(tags);

        Assert.That(result.Value, Has.Count.EqualTo(30));
    }

    private static void AssertFails(Result<IReadOnlyList<string>> result, string expectedCode)
    {
        Assert.That(result.IsSuccess, Is.False);
        Assert.Multiple(() =>
        {
            Assert.That(result.Error!.Code, Is.EqualTo(expectedCode));
            Assert.That(result.Error.Kind, Is.EqualTo(ErrorKind.Validation));
        });
    }
}
