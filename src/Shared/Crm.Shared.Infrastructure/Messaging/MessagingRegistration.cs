using Crm.Shared.Infrastructure.Modules;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Shared.Infrastructure.Messaging;

public static class MessagingRegistration
{
    /// <summary>
    /// MassTransit on the in-memory transport, or RabbitMQ with <c>Messaging:Transport=RabbitMq</c> and
    /// <c>Messaging:RabbitMq:Host</c> (optional <c>Port</c>, <c>Username</c>, <c>Password</c>, <c>VirtualHost</c>).
    /// Endpoint names carry the consumer's namespace, so two modules' consumers never share a queue.
    /// </summary>
    public static IServiceCollection AddCrmMessaging(this IServiceCollection services, IConfiguration configuration, IEnumerable<IModule> modules)
    {
        services.AddOptions<OutboxRelayOptions>().BindConfiguration("Messaging:Outbox");
        services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(includeNamespace: true));
            foreach (var module in modules)
            {
                module.AddConsumers(bus);
            }

            var transport = configuration["Messaging:Transport"];
            if (string.Equals(transport, "RabbitMq", StringComparison.OrdinalIgnoreCase))
            {
                var rabbit = configuration.GetSection("Messaging:RabbitMq");
                var host = rabbit["Host"] ?? throw new InvalidOperationException("Messaging:Transport is RabbitMq: set Messaging:RabbitMq:Host.");
                var port = rabbit.GetValue<ushort?>("Port") ?? 5672;
                bus.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(host, port, rabbit["VirtualHost"] ?? "/", h =>
                    {
                        h.Username(rabbit["Username"] ?? "guest");
                        h.Password(rabbit["Password"] ?? "guest");
                    });
                    ConfigureRetries(cfg);
                    cfg.ConfigureEndpoints(context);
                });
            }
            else if (string.IsNullOrEmpty(transport) || string.Equals(transport, "InMemory", StringComparison.OrdinalIgnoreCase))
            {
                bus.UsingInMemory((context, cfg) =>
                {
                    ConfigureRetries(cfg);
                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                throw new InvalidOperationException($"Messaging:Transport is '{transport}'; use InMemory (default) or RabbitMq.");
            }
        });
        services.AddOptions<MassTransitHostOptions>().Configure(o => o.WaitUntilStarted = true);
        return services;
    }

    // A consumer that lost a race (a duplicate first insert) succeeds on the next try; one whose database is away
    // for a while keeps its message for about four minutes before it goes to the error queue.
    private static void ConfigureRetries(IBusFactoryConfigurator cfg) =>
        cfg.UseMessageRetry(r => r.Exponential(10, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(2), TimeSpan.FromMilliseconds(500)));
}
