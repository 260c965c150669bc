using Crm.Shared.Kernel;

namespace Crm.UnitTests.Kernel;

internal sealed class SiretTests
{
    [TestCase("55203253400646", "552032534")] // Danone
    [TestCase("35600000049837", "356000000")] // La Poste: fails Luhn, digit sum 40
    [TestCase("35600000000048", "356000000")] // La Poste head office: passes Luhn
    public void Create_WhenSiretValid_KeepsItAndExposesSiren(string value, string siren)
    {
        var result = Siret.Create(value);

        Assert.That(result.IsSuccess, Is.True, () => $"failed: {result.Error?.Message}");
        Assert.Multiple(() =>
        {
            Assert.That(result.Value.Value, Is.EqualTo(value));
            Assert.That(result.Value.ToString(), Is.EqualTo(value));
            Assert.That(result.Value.Siren, Is.EqualTo(siren));
        });
    }

    [TestCase(" 55203253400646 ")]
    [TestCase("552 032 534 00646")]
    [TestCase("552.032.534.00646")]
    [TestCase("552-032-534-00646")]
    [TestCase("552\u00A0032\u00A0534\u00A000646")]
    public void Create_WhenTypedWithSeparators_StoresDigitsOnly(string value)
    {
        var result = Siret.Create(value);

        Assert.That(result.IsSuccess, Is.True, () => $"failed: {result.Error?.Message}");
        Assert.That(result.Value.Value, Is.EqualTo("55203253400646"));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("5520325340064")]
    [TestCase("552032534006460")]
    [TestCase("5520325340064A")]
    [TestCase("55203253400647")]
    [TestCase("55203253500007")] // passes Luhn over 14 digits, but SIREN 552032535 does not
    [TestCase("35600000049838")] // La Poste, digit sum 41
    [TestCase("35600000000014")] // La Poste, passes Luhn but digit sum 19
    public void Create_WhenSiretInvalid_FailsWithSiretInvalid(string? value)
    {
        var result = Siret.Create(value);

        Assert.That(result.IsSuccess, Is.False);
        Assert.Multiple(() =>
        {
            Assert.That(result.Error!.Code, Is.EqualTo("company.siret_invalid"));
            Assert.That(result.Error.Kind, Is.EqualTo(ErrorKind.Validation));
        });
    }

    [TestCase("55203253400647", "check digit")]
    [TestCase("5520325340064", "14 digits")]
    [TestCase("55203253500007", "SIREN")]
    public void Create_WhenSiretInvalid_MessageQuotesInputAndSaysWhy(string value, string reason)
    {
        var result = Siret.Create(value);

        Assert.That(result.Error!.Message, Does.Contain($"'{value}'").And.Contain(reason));
    }

    [Test]
    public void FromStored_WhenCalled_KeepsValueAndSiren()
    {
        var siret = Siret.FromStored("55203253400646");

        Assert.Multiple(() =>
        {
            Assert.That(siret.Value, Is.EqualTo("55203253400646"));
            Assert.That(siret.Siren, Is.EqualTo("552032534"));
        });
    }

    [Test]
    public void Equality_WhenSameDigits_IsEqual()
    {
        Assert.That(Siret.Create("552 032 534 00646").Value, Is.EqualTo(Siret.Create("55203253400646").Value));
    }
}
