namespace Crm.Modules.Contacts.Features.Imports.Reading;

/// <summary>Turns a header row into headers and lines the cells of a record up with them.</summary>
internal static class ImportColumns
{
    /// <summary>
    /// Trimmed headers up to the last named one (a trailing delimiter or a formatted but empty column adds no column);
    /// an empty header before it becomes "Column N". Empty when no cell is named.
    /// </summary>
    public static IReadOnlyList<string> Headers(IReadOnlyList<string> cells)
    {
        var count = cells.Count;
        while (count > 0 && string.IsNullOrWhiteSpace(cells[count - 1]))
        {
            count--;
        }

        var headers = new string[count];
        for (var i = 0; i < count; i++)
        {
            var header = cells[i].Trim();
            headers[i] = header.Length == 0 ? $"Column {i + 1}" : header;
        }

        return headers;
    }

    /// <summary>The cells padded with empty strings or cut to <paramref name="count"/>.</summary>
    public static string[] Align(string[] cells, int count)
    {
        if (cells.Length == count)
        {
            return cells;
        }

        var values = new string[count];
        var copied = Math.Min(count, cells.Length);
        Array.Copy(cells, values, copied);
        Array.Fill(values, string.Empty, copied, count - copied);
        return values;
    }

    /// <summary>Whether every (trimmed) cell is empty.</summary>
    public static bool AreAllEmpty(string[] cells)
    {
        foreach (var cell in cells)
        {
            if (cell.Length > 0)
            {
                return false;
            }
        }

        return true;
    }
}
