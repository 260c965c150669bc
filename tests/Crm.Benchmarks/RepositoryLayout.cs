namespace Crm.Benchmarks;

/// <summary>Finds the repository root (the folder holding Crm.sln) and the built host, Release first, then Debug.</summary>
internal sealed record RepositoryLayout(string Root, string HostDll, string Configuration)
{
    public string HostDirectory => Path.GetDirectoryName(HostDll)!;

    public static RepositoryLayout Locate()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Crm.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new InvalidOperationException($"No Crm.sln above {AppContext.BaseDirectory}.");
        }

        foreach (var configuration in new[] { "Release", "Debug" })
        {
            var dll = Path.Combine(directory.FullName, "src", "Host", "Crm.Host", "bin", configuration, "net10.0", "Crm.Host.dll");
            if (File.Exists(dll))
            {
                return new RepositoryLayout(directory.FullName, dll, configuration);
            }
        }

        throw new InvalidOperationException("The host is not built: run `dotnet build -c Release src/Host/Crm.Host` first.");
    }
}
