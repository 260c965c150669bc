using Crm.Shared.Kernel;

namespace Crm.UnitTests.Kernel;

internal sealed class VatNumberTests
{
    [TestCase("FR27552032534", "FR27552032534", "FR")] // Danone
    [TestCase("FR63441639465", "FR63441639465", "FR")] // Renault
    [TestCase("FR53000004605", "FR53000004605", "FR")] // Monaco: no SIREN, no Luhn
    [TestCase("fr27552032534", "FR27552032534", "FR")]
    [TestCase(" FR 27 552 032 534 ", "FR27552032534", "FR")]
    [TestCase("FR27.552.032.534", "FR27552032534", "FR")]
    [TestCase("FR-27-552-032-534", "FR27552032534", "FR")]
    [TestCase("FR\u00A027\u00A0552\u00A0032\u00A0534", "FR27552032534", "FR")]
    [TestCase("DE123456789", "DE123456789", "DE")]
    [TestCase("EL123456789", "EL123456789", "EL")]
    [TestCase("XI123456789", "XI123456789", "XI")]
    [TestCase("atu12345678", "ATU12345678", "AT")]
    [TestCase("NL 1234.56.789.B01", "NL123456789B01", "NL")]
    [TestCase("MT12", "MT12", "MT")]
    [TestCase("ES123456789012", "ES123456789012", "ES")]
    public void Create_WhenVatNumberValid_StoresCompactUppercase(string value, string expected, string countryCode)
    {
        var result = VatNumber.Create(value);

        Assert.That(result.IsSuccess, Is.True, () => $"failed: {result.Error?.Message}");
        Assert.Multiple(() =>
        {
            Assert.That(result.Value.Value, Is.EqualTo(expected));
            Assert.That(result.Value.ToString(), Is.EqualTo(expected));
            Assert.That(result.Value.CountryCode, Is.EqualTo(countryCode));
        });
    }

    // Test vectors of python-stdnum's fr.tva.
    [TestCase("FRK7399859412")]
    [TestCase("FR4Z123456782")]
    [TestCase("FR40303265045")]
    [TestCase("FR23334175221")]
    public void Create_WhenFrenchKeyValid_Succeeds(string value)
    {
        var result = VatNumber.Create(value);

        Assert.That(result.IsSuccess, Is.True, () => $"failed: {result.Error?.Message}");
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("F")]
    [TestCase("FR")]
    [TestCase("27552032534")]
    [TestCase("US123456789")]
    [TestCase("GB123456789")]
    [TestCase("GR123456789")]
    [TestCase("DE1")]
    [TestCase("DE1234567890123")]
    [TestCase("DE12345678_")]
    [TestCase("FR2755203253")]
    [TestCase("FR275520325344")]
    [TestCase("FR27A52032534")]
    [TestCase("FR27552032535")]
    [TestCase("FR28552032534")]
    [TestCase("FR63552032534")]
    [TestCase("FRK8399859412")]
    [TestCase("FR4Y123456782")]
    [TestCase("FRIO334175221")]
    public void Create_WhenVatNumberInvalid_FailsWithVatNumberInvalid(string? value)
    {
        var result = VatNumber.Create(value);

        Assert.That(result.IsSuccess, Is.False);
        Assert.Multiple(() =>
        {
            Assert.That(result.Error!.Code, Is.EqualTo("company.vat_number_invalid"));
            Assert.That(result.Error.Kind, Is.EqualTo(ErrorKind.Validation));
        });
    }

    [TestCase("US123456789", "EU country")]
    [TestCase("DE1", "2 to 12")]
    [TestCase("FR27A52032534", "9-digit SIREN")]
    [TestCase("FR27552032535", "SIREN is not valid")]
    [TestCase("FR 28 552 032 534", "key does not match")]
    public void Create_WhenVatNumberInvalid_MessageQuotesInputAndSaysWhy(string value, string reason)
    {
        var result = VatNumber.Create(value);

        Assert.That(result.Error!.Message, Does.Contain($"'{value}'").And.Contain(reason));
    }

    [Test]
    public void FromStored_WhenCalled_KeepsValueAndCountryCode()
    {
        var vat = VatNumber.FromStored("FR27552032534");

        Assert.Multiple(() =>
        {
            Assert.That(vat.Value, Is.EqualTo("FR27552032534"));
            Assert.That(vat.CountryCode, Is.EqualTo("FR"));
        });
    }

    [Test]
    public void Equality_WhenSameNumberTypedDifferently_IsEqual()
    {
        Assert.That(VatNumber.Create("fr 27 552 032 534").Value, Is.EqualTo(VatNumber.Create("FR27552032534").Value));
    }
}
