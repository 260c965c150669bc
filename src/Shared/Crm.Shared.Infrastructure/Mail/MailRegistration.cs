using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Crm.Shared.Infrastructure.Mail;

public static class MailRegistration
{
    /// <summary>The mail sender every module shares, on the <c>Mail</c> settings (see <see cref="MailOptions"/>).</summary>
    public static IServiceCollection AddCrmMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MailOptions>, MailOptionsValidator>();
        services.AddSingleton<IMailSender, MailKitMailSender>();
        return services;
    }
}
