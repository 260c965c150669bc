using Crm.Modules.Contacts.Domain.DuplicateScans;

namespace Crm.UnitTests.Contacts.DuplicateScans;

internal sealed class DuplicateGroupingTests
{
    private static readonly Guid A = Guid.Parse("00000000-0000-7000-8000-00000000000a");
    private static readonly Guid B = Guid.Parse("00000000-0000-7000-8000-00000000000b");
    private static readonly Guid C = Guid.Parse("00000000-0000-7000-8000-00000000000c");
    private static readonly Guid D = Guid.Parse("00000000-0000-7000-8000-00000000000d");
    private static readonly Guid E = Guid.Parse("00000000-0000-7000-8000-00000000000e");

    [Test]
    public void Groups_WhenPairsOverlap_MakesOneGroupWithTheBestScoreAndEveryReason()
    {
        var grouping = new DuplicateGrouping();
        grouping.Add(A, B, new Likeness(0.8, LikenessReasons.SameName));
        grouping.Add(C, B, new Likeness(1.0, LikenessReasons.SameEmail));

        var group = grouping.Groups().Single();

        Assert.That(group, Is.EqualTo(new FoundGroup(group.ContactIds, 1.0, LikenessReasons.SameName | LikenessReasons.SameEmail)));
        Assert.That(group.ContactIds, Is.EqualTo(new[] { A, B, C }));
    }

    [Test]
    public void Groups_WhenPairsAreApart_AreSeparateGroupsBestFirst()
    {
        var grouping = new DuplicateGrouping();
        grouping.Add(A, B, new Likeness(0.8, LikenessReasons.SameName));
        grouping.Add(D, E, new Likeness(0.9, LikenessReasons.SamePhone));

        var groups = grouping.Groups();

        Assert.That(groups.Select(g => (g.ContactIds[0], g.ContactIds[1], g.Score)), Is.EqualTo(new[] { (D, E, 0.9), (A, B, 0.8) }));
    }

    [Test]
    public void Groups_DoNotDependOnTheOrderPairsCameIn()
    {
        var forward = new DuplicateGrouping();
        forward.Add(A, B, new Likeness(0.8, LikenessReasons.SameName));
        forward.Add(B, C, new Likeness(0.9, LikenessReasons.SamePhone));
        forward.Add(D, E, new Likeness(0.85, LikenessReasons.SimilarName));
        var backward = new DuplicateGrouping();
        backward.Add(E, D, new Likeness(0.85, LikenessReasons.SimilarName));
        backward.Add(C, B, new Likeness(0.9, LikenessReasons.SamePhone));
        backward.Add(B, A, new Likeness(0.8, LikenessReasons.SameName));

        Assert.That(Describe(backward), Is.EqualTo(Describe(forward)));
    }

    [Test]
    public void Add_WhenAContactIsPairedWithItself_FindsNothing()
    {
        var grouping = new DuplicateGrouping();
        grouping.Add(A, A, new Likeness(1.0, LikenessReasons.SameEmail));

        Assert.That(grouping.Groups(), Is.Empty);
    }

    private static string[] Describe(DuplicateGrouping grouping) =>
        [.. grouping.Groups().Select(g => $"{string.Join(",", g.ContactIds)}|{g.Score}|{g.Reasons}")];
}
