using Crm.Modules.Identity.Accounts;

namespace Crm.UnitTests.Identity;

internal sealed class CommonPasswordValidatorTests
{
    private static readonly User Ada = new() { Email = "ada.lovelace@example.com" };

    [TestCase("Password2024!!")]
    [TestCase("azertyuiop1234")]
    [TestCase("my ada.lovelace secret")]
    [TestCase("aaaabbbbaaaabbbb")]
    [TestCase("Bienvenue chez nous")]
    public async Task ValidateAsync_WhenGuessable_Fails(string password)
    {
        var result = await new CommonPasswordValidator().ValidateAsync(null!, Ada, password);

        Assert.Multiple(() =>
        {
            Assert.That(result.Succeeded, Is.False);
            Assert.That(result.Errors.Single().Code, Is.EqualTo("PasswordTooCommon"));
        });
    }

    [TestCase("correct horse battery staple")]
    [TestCase("Le chat dort sur 3 coussins")]
    public async Task ValidateAsync_WhenUncommon_Succeeds(string password)
    {
        var result = await new CommonPasswordValidator().ValidateAsync(null!, Ada, password);

        Assert.That(result.Succeeded, Is.True);
    }
}
