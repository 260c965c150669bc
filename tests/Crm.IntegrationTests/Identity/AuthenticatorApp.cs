using OtpNet;

namespace Crm.IntegrationTests.Identity;

/// <summary>The user's authenticator app: Otp.NET, an implementation independent of the server's.</summary>
internal static class AuthenticatorApp
{
    public static string CodeNow(string sharedKey) => new Totp(Base32Encoding.ToBytes(sharedKey)).ComputeTotp();
}
