# Literals: strings in every prefix and escape, adjacent concatenation,
# integers in all bases with underscores and of any size, floats.
print('single', "double", '''triple
single''', """triple
double""")
print(r'raw \n \t \\', R"RAW \x41", u'unicode', U"UNI")
print('esc: \n|\t|\\|\'|\"|\a|\b|\f|\v|\r|\0|\101|\x41|\u00e9|\U0001F600|'.encode('unicode_escape') if False else
      [ord(c) for c in '\n\t\\\'\"\a\b\f\v\r\0\101\x41\u00e9\U0001F600\7\77'])
print('line\
continued')
print('adjacent' ' strings' " concatenate" '''!''')
print(f'f{1+1}' 'plain' F"{'x'}")
print(rf'{1}\n', fR'{2}\t', Rf"{3}", FR'{4}\\')
print(0, 7, 0b1010, 0B11, 0o17, 0O7, 0xff, 0XAB, 1_000_000, 0x_ff_ff, 0b_1_0)
print(123456789012345678901234567890, -2**100, 0xFFFFFFFFFFFFFFFFFFFF)
print(1.5, .5, 5., 1e10, 1E-5, 1_0.5_5, 3.14e+2, 0.1 + 0.2, 1e308 * 10)
print(00, 0_0, 1_2_3)
print(True, False, None, ..., Ellipsis is ...)
print('é' + 'ü', len('日本語'))
print("it's", 'say "hi"', '\'', "\"")
s = 'a' \
    'b'
print(s)
x = (1,
     2,
     3)
print(x, [
    1, 2,
], {
    'k': 'v',
})
