using System.Buffers.Binary;
using System.IO.Compression;

namespace IntegrationBot.Bot.Tests.Deployment;

/// <summary>Just enough of PNG to check the Teams icons: size, colour type and the RGBA pixels of 8-bit RGBA images.</summary>
public sealed record PngImage(int Width, int Height, byte ColorType, byte[] Rgba)
{
    private const byte RgbaColorType = 6;

    public static PngImage Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], bytes[..8]);
        int width = 0, height = 0;
        byte colorType = 0;
        using var idat = new MemoryStream();
        for (var offset = 8; offset < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(offset));
            var kind = System.Text.Encoding.ASCII.GetString(bytes, offset + 4, 4);
            var data = bytes.AsSpan(offset + 8, length);
            if (kind == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                Assert.Equal(8, data[8]); // bit depth
                colorType = data[9];
            }
            else if (kind == "IDAT")
            {
                idat.Write(data);
            }
            offset += 12 + length;
        }
        var rgba = colorType == RgbaColorType ? Unfilter(Inflate(idat.ToArray()), width, height) : [];
        return new PngImage(width, height, colorType, rgba);
    }

    public bool HasAlpha => ColorType == RgbaColorType;

    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels()
    {
        for (var i = 0; i < Rgba.Length; i += 4)
            yield return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
    }

    private static byte[] Inflate(byte[] compressed)
    {
        using var input = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    // PNG filters (RFC 2083 §6), 4 bytes per pixel.
    private static byte[] Unfilter(byte[] raw, int width, int height)
    {
        var stride = width * 4;
        var image = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                var value = raw[(y * (stride + 1)) + 1 + x];
                int a = x >= 4 ? image[(y * stride) + x - 4] : 0, b = y > 0 ? image[((y - 1) * stride) + x] : 0, c = x >= 4 && y > 0 ? image[((y - 1) * stride) + x - 4] : 0;
                image[(y * stride) + x] = (byte)(filter switch
                {
                    0 => value,
                    1 => value + a,
                    2 => value + b,
                    3 => value + ((a + b) / 2),
                    4 => value + Paeth(a, b, c),
                    _ => throw new InvalidDataException($"PNG filter {filter}"),
                });
            }
        }
        return image;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
