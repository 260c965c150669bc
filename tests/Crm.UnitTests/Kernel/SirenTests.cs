using Crm.Shared.Kernel;

namespace Crm.UnitTests.Kernel;

internal sealed class SirenTests
{
    [TestCase("552032534")] // Danone
    [TestCase("441639465")] // Renault
    [TestCase("356000000")] // La Poste
    public void Create_WhenSirenValid_KeepsIt(string value)
    {
        var result = Siren.Create(value);

        Assert.That(result.IsSuccess, Is.True, () => $"failed: {result.Error?.Message}");
        Assert.Multiple(() =>
        {
            Assert.That(result.Value.Value, Is.EqualTo(value));
            Assert.That(result.Value.ToString(), Is.EqualTo(value));
        });
    }

    [TestCase(" 552032534 ")]
    [TestCase("552 032 534")]
    [TestCase("552.032.534")]
    [TestCase("552-032-534")]
    [TestCase("552\u00A0032\u00A0534")]
    [TestCase("552\u202F032\u202F534")]
    public void Create_WhenTypedWithSeparators_StoresDigitsOnly(string value)
    {
        var result = Siren.Create(value);

        Assert.That(result.IsSuccess, Is.True, () => $"failed: {result.Error?.Message}");
        Assert.That(result.Value.Value, Is.EqualTo("552032534"));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("55203253")]
    [TestCase("5520325340")]
    [TestCase("55203253A")]
    [TestCase("552/032/534")]
    [TestCase("552032535")]
    [TestCase("552032543")]
    public void Create_WhenSirenInvalid_FailsWithSirenInvalid(string? value)
    {
        var result = Siren.Create(value);

        Assert.That(result.IsSuccess, Is.False);
        Assert.Multiple(() =>
        {
            Assert.That(result.Error!.Code, Is.EqualTo("company.siren_invalid"));
            Assert.That(result.Error.Kind, Is.EqualTo(ErrorKind.Validation));
        });
    }

    [TestCase("552 032 535", "check digit")]
    [TestCase("55203253", "9 digits")]
    public void Create_WhenSirenInvalid_MessageQuotesInputAndSaysWhy(string value, string reason)
    {
        var result = Siren.Create(value);

        Assert.That(result.Error!.Message, Does.Contain($"'{value}'").And.Contain(reason));
    }

    [Test]
    public void FromStored_WhenCalled_KeepsValue()
    {
        Assert.That(Siren.FromStored("552032534").Value, Is.EqualTo("552032534"));
    }

    [Test]
    public void Equality_WhenSameDigits_IsEqual()
    {
        Assert.That(Siren.Create("552 032 534").Value, Is.EqualTo(Siren.Create("552032534").Value));
    }
}
