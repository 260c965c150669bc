using Crm.Modules.Contacts.Features.Common;
using Microsoft.Extensions.Options;

namespace Crm.UnitTests.Contacts;

internal sealed class PhoneNumberReaderTests
{
    private readonly PhoneNumberReader _reader = new(Options.Create(new ContactsOptions()));

    [TestCase("06 12 34 56 78")]
    [TestCase("06.12.34.56.78")]
    [TestCase("0612345678")]
    [TestCase("+33 6 12 34 56 78")]
    [TestCase("0033 6 12 34 56 78")]
    [TestCase("+33 (0)6 12 34 56 78")]
    public void Normalise_WhenFrenchMobileTypedAnyWay_GivesE164(string typed)
    {
        var result = _reader.Normalise(typed);

        Assert.That(result.IsSuccess, Is.True, () => $"failed: {result.Error?.Code}");
        Assert.That(result.Value.Value, Is.EqualTo("+33612345678"));
    }

    [Test]
    public void Normalise_WhenForeignNumberWithCountryCode_KeepsItsCountry()
    {
        var result = _reader.Normalise("+32 2 555 12 12");

        Assert.That(result.IsSuccess, Is.True, () => $"failed: {result.Error?.Code}");
        Assert.That(result.Value.Value, Is.EqualTo("+3225551212"));
    }

    [Test]
    public void Normalise_WhenDefaultRegionIsBelgium_ReadsNationalNumbersAsBelgian()
    {
        var reader = new PhoneNumberReader(Options.Create(new ContactsOptions { DefaultPhoneRegion = "BE" }));

        var result = reader.Normalise("02 555 12 12");

        Assert.That(result.IsSuccess, Is.True, () => $"failed: {result.Error?.Code}");
        Assert.That(result.Value.Value, Is.EqualTo("+3225551212"));
    }

    [TestCase("123")]
    [TestCase("abc")]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase(null)]
    [TestCase("+33 6 12 34 56 78 00 00 00 00 00 00 0000")]
    public void Normalise_WhenNotAPhoneNumber_FailsWithPhoneInvalid(string? typed)
    {
        var result = _reader.Normalise(typed);

        Assert.That(result.IsSuccess, Is.False);
        Assert.That(result.Error!.Code, Is.EqualTo("contact.phone_invalid"));
    }

    [Test]
    public void Normalise_WhenLongerThan40Characters_FailsWithPhoneInvalid()
    {
        var typed = "06 12 34 56 78" + new string(' ', 27);
        Assert.That(typed, Has.Length.EqualTo(41));

        var result = _reader.Normalise(typed);

        Assert.That(result.IsSuccess, Is.False);
        Assert.That(result.Error!.Code, Is.EqualTo("contact.phone_invalid"));
    }

    [TestCase("+33612345678", "+33 6 12 34 56 78")]
    [TestCase("+3225551212", "+32 2 555 12 12")]
    public void International_WhenE164_FormatsForReading(string e164, string expected)
    {
        Assert.That(PhoneNumberReader.International(e164), Is.EqualTo(expected));
    }

    [TestCase("FR", true)]
    [TestCase("fr", true)]
    [TestCase("BE", true)]
    [TestCase("XX", false)]
    [TestCase("", false)]
    [TestCase(null, false)]
    public void IsKnownRegion_WhenGivenCode_TellsWhetherLibraryKnowsIt(string? code, bool expected)
    {
        Assert.That(PhoneNumberReader.IsKnownRegion(code), Is.EqualTo(expected));
    }

    [TestCase("06 12 34 56 78", "+33612345678")]
    [TestCase("06 12", "+33612")]
    [TestCase("0033 6 12", "+33612")]
    [TestCase("+32 2", "+322")]
    [TestCase("12 34", "1234")]
    public void PartOfE164_ReadsWholeNumbersAndPartsAsStoredNumbersHoldThem(string typed, string expected) =>
        Assert.That(_reader.PartOfE164(typed), Is.EqualTo(expected));
}
