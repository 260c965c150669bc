using Microsoft.AspNetCore.Identity;

namespace Crm.Modules.Identity.Accounts;

/// <summary>
/// Identity asks this before any sign-in (password, second factor): a deactivated user is "not allowed", on every path.
/// </summary>
internal sealed class ActiveUserConfirmation : IUserConfirmation<User>
{
    public Task<bool> IsConfirmedAsync(UserManager<User> manager, User user) => Task.FromResult(user.IsActive);
}
