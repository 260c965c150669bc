using Crm.Modules.Identity.Accounts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Kernel;
using Crm.Shared.Infrastructure.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using QRCoder;

namespace Crm.Modules.Identity.Features.StartMfaEnrolment;

/// <summary>
/// Gives the signed-in user a new authenticator key, as text, as an <c>otpauth://</c> URI and as a QR code (PNG).
/// Nothing is enforced until the user confirms a code from their app.
/// </summary>
internal static class StartMfaEnrolmentEndpoint
{
    public sealed record Response(string SharedKey, string OtpAuthUri, string QrCodePngBase64);

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/mfa/enrolment", Handle)
            .WithName("StartMfaEnrolment")
            .WithSummary("Starts MFA enrolment: scan the QR code with an authenticator app, then confirm a code.")
            .RequireSession()
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(UserManager<User> users, SignInManager<User> signIn, HttpContext http)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null)
        {
            return Error.Unauthenticated("auth.session_ended", "Your session has ended: sign in again.").ToProblem(http);
        }

        if (user.TwoFactorEnabled)
        {
            return Error.Conflict("mfa.already_enabled", "MFA is already on for your account.").ToProblem(http);
        }

        await users.ResetAuthenticatorKeyAsync(user);
        // A new key changes the security stamp: renew this session's cookie so it stays valid.
        await signIn.RefreshSignInAsync(user);
        var key = (await users.GetAuthenticatorKeyAsync(user))!;
        var uri = $"otpauth://totp/{Uri.EscapeDataString("Crm:" + user.Email)}?secret={key}&issuer=Crm&digits=6&period=30";
        using var qr = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(qr).GetGraphic(5);
        return TypedResults.Ok(new Response(key, uri, Convert.ToBase64String(png)));
    }
}
