using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Crm.IntegrationTests.Infrastructure;

/// <summary>Ports on 127.0.0.1 for the servers the tests start.</summary>
internal static class LoopbackPorts
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<bool> AcceptsConnections(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Starts a server process and waits until it accepts connections on <paramref name="port"/>, or says why not.</summary>
    public static async Task<Process> StartServerAsync(ProcessStartInfo start, int port, string name, TimeSpan timeout)
    {
        var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => output.AppendLine(e.Data);
        process.ErrorDataReceived += (_, e) => output.AppendLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.Add(timeout);
        while (!await AcceptsConnections(port))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"{name} did not start on 127.0.0.1:{port}: {output}");
            }

            await Task.Delay(100);
        }

        return process;
    }
}
