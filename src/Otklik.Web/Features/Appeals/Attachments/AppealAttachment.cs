using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Otklik.Web.Features.Appeals.Attachments;

public sealed record IncomingFile(string? FileName, byte[] Content);

public sealed class AppealAttachment
{
    public int Id { get; set; }

    public int AppealId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required string Sha256 { get; set; }

    public DateTimeOffset UploadedAt { get; set; }
}

internal sealed class AppealAttachmentConfiguration : IEntityTypeConfiguration<AppealAttachment>
{
    public void Configure(EntityTypeBuilder<AppealAttachment> builder)
    {
        builder.Property(a => a.FileName).HasMaxLength(200);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.HasIndex(a => a.Sha256);
        builder.HasOne<Appeal>().WithMany(a => a.Attachments).HasForeignKey(a => a.AppealId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}

// Checks files at the edge: how many, how large, what they really are; gives them safe names.
public static class AttachmentRules
{
    private static readonly char[] Forbidden = ['<', '>', ':', '"', '/', '\\', '|', '?', '*'];

    public static string? Check(IReadOnlyList<IncomingFile> files, AttachmentOptions limits)
    {
        if (files.Count > limits.MaxFiles)
        {
            return $"Можно приложить не более {limits.MaxFiles} файлов.";
        }

        if (files.Sum(f => (long)f.Content.Length) > limits.MaxTotalMegabytes * 1024L * 1024)
        {
            return $"Все файлы вместе — не более {limits.MaxTotalMegabytes} МБ.";
        }

        foreach (var file in files)
        {
            var name = SafeName(file.FileName, null);
            if (file.Content.Length == 0)
            {
                return $"Файл «{name}» пустой.";
            }

            if (file.Content.Length > limits.MaxFileMegabytes * 1024L * 1024)
            {
                return $"Файл «{name}» больше {limits.MaxFileMegabytes} МБ.";
            }

            if (FileSniffer.Sniff(file.Content) is null)
            {
                return $"Файл «{name}»: такой тип файлов не принимается. Можно: {FileSniffer.AllowedTitles}.";
            }
        }

        return null;
    }

    // The last path segment only, no control or reserved characters, at most 150 characters, and the
    // extension of what the file really is.
    public static string SafeName(string? fileName, SniffedType? type)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string([.. name.Where(c => !char.IsControl(c) && !Forbidden.Contains(c))]).Trim().Trim('.');
        var stem = Path.GetFileNameWithoutExtension(name);
        stem = string.IsNullOrWhiteSpace(stem) ? "вложение" : stem;
        stem = stem.Length > 150 ? stem[..150] : stem;
        return type is null ? stem + Path.GetExtension(name) : stem + type.Extension;
    }
}

public static class IncomingFiles
{
    // Reads uploaded files into memory, at most one byte over the limit, so that the rules can report a
    // file that is too large without holding all of it.
    public static async Task<IReadOnlyList<IncomingFile>> FromFormAsync(
        IEnumerable<IFormFile> uploads, AttachmentOptions limits)
    {
        var cap = limits.MaxFileMegabytes * 1024L * 1024 + 1;
        var files = new List<IncomingFile>();
        foreach (var upload in uploads.Where(u => u.Length > 0 || !string.IsNullOrEmpty(u.FileName)))
        {
            await using var stream = upload.OpenReadStream();
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while (buffer.Length < cap && (read = await stream.ReadAsync(chunk)) > 0)
            {
                buffer.Write(chunk, 0, (int)Math.Min(read, cap - buffer.Length));
            }

            files.Add(new IncomingFile(upload.FileName, buffer.ToArray()));
        }

        return files;
    }
}
