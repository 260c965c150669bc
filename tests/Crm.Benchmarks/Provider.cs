namespace Crm.Benchmarks;

/// <summary>The database providers compared.</summary>
internal enum Provider
{
    Sqlite,
    Postgres,
}

internal static class ProviderNames
{
    public static string Name(this Provider provider) => provider == Provider.Sqlite ? "sqlite" : "postgres";
}
