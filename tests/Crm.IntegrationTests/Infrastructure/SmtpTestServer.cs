using System.Buffers;
using System.Collections.Concurrent;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Crm.IntegrationTests.Infrastructure;

/// <summary>A message the test server accepted: the envelope's recipients (RCPT TO) and the message as parsed by MimeKit.</summary>
internal sealed record ReceivedMail(IReadOnlyList<string> EnvelopeTo, MimeMessage Message);

/// <summary>
/// A real SMTP server (SmtpServer) on a free loopback port in the tests' process, keeping what it receives. Recipients
/// of the domain <see cref="RefusedDomain"/> are refused at RCPT TO, as a real server refuses an unknown mailbox.
/// </summary>
internal sealed class SmtpTestServer : IAsyncDisposable
{
    public const string RefusedDomain = "refused.test";

    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<ReceivedMail> _received = new();
    private Task _running = Task.CompletedTask;

    private SmtpTestServer(int port) => Port = port;

    public int Port { get; }

    public IReadOnlyList<ReceivedMail> Received => [.. _received];

    public static async Task<SmtpTestServer> StartAsync()
    {
        var server = new SmtpTestServer(LoopbackPorts.Free());
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, server.Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(server._received));
        services.Add(new RefusingFilter());
        server._running = new SmtpServer.SmtpServer(options, services).StartAsync(server._stop.Token);

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await LoopbackPorts.AcceptsConnections(server.Port))
        {
            if (server._running.IsCompleted || DateTime.UtcNow > deadline)
            {
                await server._running;
                throw new InvalidOperationException($"The SMTP test server did not start on 127.0.0.1:{server.Port}.");
            }

            await Task.Delay(50);
        }

        return server;
    }

    public void Clear() => _received.Clear();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // Stopped as asked.
        }

        _stop.Dispose();
    }

    private sealed class Store(ConcurrentQueue<ReceivedMail> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            received.Enqueue(new ReceivedMail([.. transaction.To.Select(m => $"{m.User}@{m.Host}")], message));
            return SmtpResponse.Ok;
        }
    }

    private sealed class RefusingFilter : IMailboxFilter
    {
        public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) => Task.FromResult(true);

        public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(!string.Equals(to.Host, RefusedDomain, StringComparison.OrdinalIgnoreCase));
    }
}
