using System.Globalization;

namespace Crm.Benchmarks;

/// <summary>Reads a process's resident set size (VmRSS) from <c>/proc/&lt;pid&gt;/status</c>.</summary>
internal static class ProcessMemory
{
    public static long ResidentSetBytes(int processId)
    {
        foreach (var line in File.ReadLines($"/proc/{processId}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                // "VmRSS:     123456 kB"
                var kibibytes = line["VmRSS:".Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
                return long.Parse(kibibytes, CultureInfo.InvariantCulture) * 1024;
            }
        }

        throw new InvalidOperationException($"No VmRSS in /proc/{processId}/status.");
    }
}
