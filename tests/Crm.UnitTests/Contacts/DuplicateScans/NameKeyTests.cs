using Crm.Modules.Contacts.Domain.DuplicateScans;

namespace Crm.UnitTests.Contacts.DuplicateScans;

internal sealed class NameKeyTests
{
    [TestCase("Hélène", "helene")]
    [TestCase("  DUPONT-Durand ", "dupont durand")]
    [TestCase("J.", "j")]
    [TestCase("O'Brien", "o brien")]
    [TestCase("   ", "")]
    [TestCase(null, "")]
    public void Of_WhenNameWrittenAnyHow_IsLowerCaseWithoutAccentsOrPunctuation(string? name, string expected) =>
        Assert.That(NameKey.Of(name), Is.EqualTo(expected));
}
