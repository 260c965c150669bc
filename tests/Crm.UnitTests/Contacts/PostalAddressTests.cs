using Crm.Modules.Contacts.Domain.Common;
using Crm.Shared.Kernel;

namespace Crm.UnitTests.Contacts;

internal sealed class PostalAddressTests
{
    [Test]
    public void Create_WhenPartsPadded_TrimsThemAndUpperCasesCountry()
    {
        var address = PostalAddress.Create(" 12 rue de Rivoli ", " 75001", "Paris ", " Île-de-France ", " fr ").Value;

        Assert.Multiple(() =>
        {
            Assert.That(address.Street, Is.EqualTo("12 rue de Rivoli"));
            Assert.That(address.PostalCode, Is.EqualTo("75001"));
            Assert.That(address.City, Is.EqualTo("Paris"));
            Assert.That(address.Region, Is.EqualTo("Île-de-France"));
            Assert.That(address.CountryCode, Is.EqualTo("FR"));
        });
    }

    [Test]
    public void Create_WhenAllPartsBlank_EqualsNone()
    {
        var address = PostalAddress.Create(" ", "", null, "\t", "  ").Value;

        Assert.Multiple(() =>
        {
            Assert.That(address, Is.EqualTo(PostalAddress.None));
            Assert.That(address.Street, Is.Null);
            Assert.That(address.CountryCode, Is.Null);
        });
    }

    [TestCase("F")]
    [TestCase("FRA")]
    [TestCase("F1")]
    [TestCase("é1")]
    public void Create_WhenCountryNotTwoLetters_FailsWithCountryInvalid(string countryCode)
    {
        AssertFails(PostalAddress.Create(null, null, "Paris", null, countryCode), "address.country_invalid");
    }

    [TestCase(201, 0, 0)]
    [TestCase(0, 101, 0)]
    [TestCase(0, 0, 101)]
    public void Create_WhenPartTooLong_FailsWithTooLong(int streetLength, int postalCodeLength, int cityLength)
    {
        var result = PostalAddress.Create(new string('s', streetLength), new string('7', postalCodeLength), new string('c', cityLength), null, "FR");

        AssertFails(result, "address.too_long");
    }

    [Test]
    public void Create_WhenPartsAtMaxLength_Succeeds()
    {
        var result = PostalAddress.Create(new string('s', PostalAddress.LineMaxLength), null, new string('c', PostalAddress.PartMaxLength), null, null);

        Assert.That(result.IsSuccess, Is.True, () => $"failed: {result.Error?.Code}");
    }

    private static void AssertFails(Result<PostalAddress> result, string expectedCode)
    {
        Assert.That(result.IsSuccess, Is.False);
        Assert.Multiple(() =>
        {
            Assert.That(result.Error!.Code, Is.EqualTo(expectedCode));
            Assert.That(result.Error.Kind, Is.EqualTo(ErrorKind.Validation));
        });
    }
}
