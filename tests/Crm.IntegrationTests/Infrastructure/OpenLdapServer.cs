using System.Diagnostics;

namespace Crm.IntegrationTests.Infrastructure;

/// <summary>
/// A throwaway OpenLDAP server (Debian's slapd) on a free port of 127.0.0.1, with its own slapd.conf and database in a
/// temporary folder, loaded with an LDIF before it starts. The fixture's <see cref="AdminDn"/> may change anything.
/// </summary>
internal sealed class OpenLdapServer : IAsyncDisposable
{
    private const string Slapd = "/usr/sbin/slapd";
    private const string AdminPassword = "directory admin secret";
    private readonly Process _process;
    private readonly string _folder;

    private OpenLdapServer(Process process, string folder, int port, string suffix)
    {
        _process = process;
        _folder = folder;
        Port = port;
        AdminDn = $"cn=admin,{suffix}";
    }

    public int Port { get; }

    public string AdminDn { get; }

    public static async Task<OpenLdapServer> StartAsync(string suffix, string ldif)
    {
        if (!File.Exists(Slapd) || !File.Exists("/usr/bin/ldapmodify"))
        {
            throw new InvalidOperationException($"OpenLDAP is not installed ({Slapd} or ldapmodify missing): run ./build.sh test, which installs slapd and ldap-utils.");
        }

        var folder = Directory.CreateTempSubdirectory("crm-slapd-").FullName;
        var data = Directory.CreateDirectory(Path.Combine(folder, "data")).FullName;
        var config = Path.Combine(folder, "slapd.conf");
        await File.WriteAllTextAsync(config, $"""
            include /etc/ldap/schema/core.schema
            include /etc/ldap/schema/cosine.schema
            include /etc/ldap/schema/inetorgperson.schema
            modulepath /usr/lib/ldap
            moduleload back_mdb
            pidfile {folder}/slapd.pid
            database mdb
            maxsize 16777216
            suffix "{suffix}"
            rootdn "cn=admin,{suffix}"
            rootpw "{AdminPassword}"
            directory {data}
            access to attrs=userPassword by anonymous auth by self read by * none
            access to * by users read by * none

            """);
        var content = Path.Combine(folder, "content.ldif");
        await File.WriteAllTextAsync(content, ldif);
        await RunAsync("/usr/sbin/slapadd", ["-f", config, "-l", content], stdin: null);

        var port = LoopbackPorts.Free();
        // -d keeps slapd in the foreground, so the process is the server and killing it stops it.
        var start = new ProcessStartInfo(Slapd) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-f", config, "-h", $"ldap://127.0.0.1:{port}/", "-d", "0" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = await LoopbackPorts.StartServerAsync(start, port, "slapd", TimeSpan.FromSeconds(30));

        return new OpenLdapServer(process, folder, port, suffix);
    }

    /// <summary>Applies an LDIF of changes (changetype: modify, add, delete) as the directory's administrator.</summary>
    public Task ModifyAsync(string ldif) =>
        RunAsync("/usr/bin/ldapmodify", ["-x", "-H", $"ldap://127.0.0.1:{Port}/", "-D", AdminDn, "-w", AdminPassword], ldif);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task RunAsync(string file, string[] arguments, string? stdin)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = stdin is not null };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }
}
