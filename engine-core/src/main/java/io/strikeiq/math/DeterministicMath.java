package io.strikeiq.math;

/**
 * {@code exp}, {@code log} and {@code expm1} in pure double arithmetic (plus the exactly rounded
 * {@link Math#fma} and {@link Math#rint}), so every JVM on every CPU returns the same bits, at a
 * fraction of the cost of JDK 17's {@link StrictMath} ({@code log} and {@code expm1} are JNI
 * calls into fdlibm there, {@code exp} a Java port of it). Accurate to within
 * one ulp (typically correctly rounded); {@code DeterministicMathTest} checks them against
 * {@code StrictMath} and against exact {@code BigDecimal} values.
 *
 * <p>{@code exp}: {@code x = (128 k + j) ln2/128 + r}, {@code |r| <= ln2/256}, so
 * {@code e^x = 2^k 2^(j/128) e^r}; {@code 2^(j/128)} is a double-double table entry and
 * {@code e^r - 1} a degree-5 Taylor polynomial (truncation below 2^-60 relative). {@code r} comes
 * from a two-part {@code ln2/128} with fma, so it is exact to about 2^-62.
 *
 * <p>{@code log}: {@code x = 2^e m}, {@code m} in [1, 2); the top 7 mantissa bits pick a centre
 * {@code c = 1/inv} with {@code |m inv - 1| <= 2^-8}, so {@code ln x = e ln2 + ln c + log1p(r)},
 * {@code r = fma(m, inv, -1)}; centres at or above 1.5 are halved (and {@code e} raised) so that
 * for {@code x} just below 1 nothing cancels against {@code ln 2}. {@code ln c} is a double-double
 * table entry, the large parts are summed error-free (TwoSum) and {@code log1p(r)} is the Taylor
 * series to {@code r^7}. Within 2^-7 of 1 the Taylor series of {@code log1p(x - 1)} (to the 9th
 * power) is used directly, with the leading {@code f - f^2/2} compensated, so results near 1 keep
 * full relative accuracy.
 *
 * <p>The double-double constants were generated from series in {@code BigDecimal} at 60
 * significant digits ({@code ln} from {@code 2 atanh((y-1)/(y+1))}, {@code 2^(j/128)} from the
 * exponential series) by {@code DeterministicMathTables} (test sources), and
 * {@code DeterministicMathTest} recomputes them and checks every bit, so the literals below cannot
 * drift from their derivation. Literals rather than start-up computation: building them takes
 * ~150 ms of BigDecimal work and 30 MB of garbage.
 */
public final class DeterministicMath {
    private static final int EXP_BITS = 7;
    private static final int EXP_N = 1 << EXP_BITS;
    private static final int LOG_N = 128;
    /** Above this {@code e^x} overflows (ln(Double.MAX_VALUE) = 709.78...); below the lower bound it is 0. */
    private static final double EXP_OVERFLOW = 709.79;
    private static final double EXP_UNDERFLOW = -745.2;
    private static final double NEAR_ONE = 0x1.0p-7;
    private static final double EXPM1_DIRECT = 0.3;
    private static final double EXPM1_TAYLOR = 0x1.0p-5;
    private static final double EXPM1_SATURATE = 40.0;
    private static final double TWO_POW_54 = 0x1.0p54;
    private static final double TWO_POW_64 = 0x1.0p64;
    private static final double TWO_POW_MINUS_64 = 0x1.0p-64;

    /** Centres' reciprocals {@code 1 / (1 + (j + 1/2) / 128)}: any double near them works, the table below is exact for these. */
    static final double[] LOG_INV = new double[LOG_N];
    /** {@code 2^(j/128) - 1} for {@code j = -64..63} is stored at index {@code j + 64}. */
    private static final int EXPM1_OFFSET = EXP_N / 2;

    static final double LN2_HI = 0x1.62e42fefa38p-1;
    static final double LN2_LO = 0x1.ef35793c7673p-45;
    static final double LN2_N_HI = 0x1.62e42fefa39efp-8;
    static final double LN2_N_LO = 0x1.abc9e3b39803fp-63;
    static final double INV_LN2_N = 0x1.71547652b82fep7;

    /** {@code 2^(j/128)}, high part. */
    static final double[] EXP_HI = {
        0x1.0p0, 0x1.0163da9fb3335p0, 0x1.02c9a3e778061p0, 0x1.04315e86e7f85p0,
        0x1.059b0d3158574p0, 0x1.0706b29ddf6dep0, 0x1.0874518759bc8p0, 0x1.09e3ecac6f383p0,
        0x1.0b5586cf9890fp0, 0x1.0cc922b7247f7p0, 0x1.0e3ec32d3d1a2p0, 0x1.0fb66affed31bp0,
        0x1.11301d0125b51p0, 0x1.12abdc06c31ccp0, 0x1.1429aaea92dep0, 0x1.15a98c8a58e51p0,
        0x1.172b83c7d517bp0, 0x1.18af9388c8deap0, 0x1.1a35beb6fcb75p0, 0x1.1bbe084045cd4p0,
        0x1.1d4873168b9aap0, 0x1.1ed5022fcd91dp0, 0x1.2063b88628cd6p0, 0x1.21f49917ddc96p0,
        0x1.2387a6e756238p0, 0x1.251ce4fb2a63fp0, 0x1.26b4565e27cddp0, 0x1.284dfe1f56381p0,
        0x1.29e9df51fdee1p0, 0x1.2b87fd0dad99p0, 0x1.2d285a6e4030bp0, 0x1.2ecafa93e2f56p0,
        0x1.306fe0a31b715p0, 0x1.32170fc4cd831p0, 0x1.33c08b26416ffp0, 0x1.356c55f929ff1p0,
        0x1.371a7373aa9cbp0, 0x1.38cae6d05d866p0, 0x1.3a7db34e59ff7p0, 0x1.3c32dc313a8e5p0,
        0x1.3dea64c123422p0, 0x1.3fa4504ac801cp0, 0x1.4160a21f72e2ap0, 0x1.431f5d950a897p0,
        0x1.44e086061892dp0, 0x1.46a41ed1d0057p0, 0x1.486a2b5c13cdp0, 0x1.4a32af0d7d3dep0,
        0x1.4bfdad5362a27p0, 0x1.4dcb299fddd0dp0, 0x1.4f9b2769d2ca7p0, 0x1.516daa2cf6642p0,
        0x1.5342b569d4f82p0, 0x1.551a4ca5d920fp0, 0x1.56f4736b527dap0, 0x1.58d12d497c7fdp0,
        0x1.5ab07dd485429p0, 0x1.5c9268a5946b7p0, 0x1.5e76f15ad2148p0, 0x1.605e1b976dc09p0,
        0x1.6247eb03a5585p0, 0x1.6434634ccc32p0, 0x1.6623882552225p0, 0x1.68155d44ca973p0,
        0x1.6a09e667f3bcdp0, 0x1.6c012750bdabfp0, 0x1.6dfb23c651a2fp0, 0x1.6ff7df9519484p0,
        0x1.71f75e8ec5f74p0, 0x1.73f9a48a58174p0, 0x1.75feb564267c9p0, 0x1.780694fde5d3fp0,
        0x1.7a11473eb0187p0, 0x1.7c1ed0130c132p0, 0x1.7e2f336cf4e62p0, 0x1.80427543e1a12p0,
        0x1.82589994cce13p0, 0x1.8471a4623c7adp0, 0x1.868d99b4492edp0, 0x1.88ac7d98a6699p0,
        0x1.8ace5422aa0dbp0, 0x1.8cf3216b5448cp0, 0x1.8f1ae99157736p0, 0x1.9145b0b91ffc6p0,
        0x1.93737b0cdc5e5p0, 0x1.95a44cbc8520fp0, 0x1.97d829fde4e5p0, 0x1.9a0f170ca07bap0,
        0x1.9c49182a3f09p0, 0x1.9e86319e32323p0, 0x1.a0c667b5de565p0, 0x1.a309bec4a2d33p0,
        0x1.a5503b23e255dp0, 0x1.a799e1330b358p0, 0x1.a9e6b5579fdbfp0, 0x1.ac36bbfd3f37ap0,
        0x1.ae89f995ad3adp0, 0x1.b0e07298db666p0, 0x1.b33a2b84f15fbp0, 0x1.b59728de5593ap0,
        0x1.b7f76f2fb5e47p0, 0x1.ba5b030a1064ap0, 0x1.bcc1e904bc1d2p0, 0x1.bf2c25bd71e09p0,
        0x1.c199bdd85529cp0, 0x1.c40ab5fffd07ap0, 0x1.c67f12e57d14bp0, 0x1.c8f6d9406e7b5p0,
        0x1.cb720dcef9069p0, 0x1.cdf0b555dc3fap0, 0x1.d072d4a07897cp0, 0x1.d2f87080d89f2p0,
        0x1.d5818dcfba487p0, 0x1.d80e316c98398p0, 0x1.da9e603db3285p0, 0x1.dd321f301b46p0,
        0x1.dfc97337b9b5fp0, 0x1.e264614f5a129p0, 0x1.e502ee78b3ff6p0, 0x1.e7a51fbc74c83p0,
        0x1.ea4afa2a490dap0, 0x1.ecf482d8e67f1p0, 0x1.efa1bee615a27p0, 0x1.f252b376bba97p0,
        0x1.f50765b6e454p0, 0x1.f7bfdad9cbe14p0, 0x1.fa7c1819e90d8p0, 0x1.fd3c22b8f71f1p0
    };

    /** {@code 2^(j/128)}, low part. */
    static final double[] EXP_LO = {
        0x0.0p0, 0x1.b61299ab8cdb7p-54, -0x1.19083535b085dp-56, -0x1.0a31c1977c96ep-54,
        0x1.d73e2a475b465p-55, -0x1.c91dfe2b13c27p-55, 0x1.186be4bb284ffp-57, 0x1.1487818316136p-54,
        0x1.8a62e4adc610bp-54, 0x1.01edc16e24f71p-54, 0x1.03a1727c57b53p-59, -0x1.b9bedc44ebd7bp-57,
        -0x1.6c51039449b3ap-54, -0x1.1b514b36ca5c7p-58, -0x1.32fbf9af1369ep-54, 0x1.2406ab9eeab0ap-55,
        -0x1.19041b9d78a76p-55, -0x1.11023d1970f6cp-54, 0x1.e5b4c7b4968e4p-55, -0x1.95386352ef607p-54,
        0x1.e016e00a2643cp-54, -0x1.1df98027bb78cp-54, 0x1.dc775814a8495p-55, 0x1.2a97e9494a5eep-55,
        0x1.9b07eb6c70573p-54, 0x1.ac155bef4f4a4p-55, 0x1.2bd339940e9d9p-55, -0x1.a4c3a8c3f0d7ep-54,
        0x1.612e8afad1255p-55, -0x1.10adcd6381aa4p-59, 0x1.0024754db41d5p-54, 0x1.1ca0f45d52383p-56,
        0x1.6f46ad23182e4p-55, 0x1.a9ce78e18047cp-55, 0x1.32721843659a6p-54, -0x1.b5cee5c4e4628p-55,
        -0x1.63aeabf42eae2p-54, -0x1.e958d3c9904bdp-54, -0x1.5e436d661f5e3p-56, -0x1.efff8375d29c3p-54,
        0x1.ada0911f09ebcp-55, -0x1.7d023f956f9f3p-54, -0x1.ef3691c309278p-58, -0x1.1c7dde35f7999p-55,
        0x1.89b7a04ef80dp-59, 0x1.c944bd1648a76p-54, 0x1.3c1a3b69062fp-56, 0x1.9cb62f3d1be56p-54,
        0x1.d4397afec42e2p-56, 0x1.8ecdbbc6a7833p-54, -0x1.4b309d25957e3p-54, -0x1.f768569bd93efp-55,
        -0x1.07abe1db13cadp-55, -0x1.d689cefede59bp-55, 0x1.9bb2c011d93adp-54, 0x1.295e15b9a1de8p-55,
        0x1.6324c054647adp-54, 0x1.c4b1b816986a2p-60, 0x1.ba6f93080e65ep-54, -0x1.3e2429b56de47p-54,
        -0x1.383c17e40b497p-54, -0x1.c483c759d8933p-55, -0x1.bb60987591c34p-54, 0x1.038ae44f73e65p-57,
        -0x1.bdd3413b26456p-54, -0x1.2895667ff0b0dp-56, -0x1.bbe3a683c88abp-57, -0x1.83c0f25860ef6p-55,
        -0x1.16e4786887a99p-55, -0x1.0a8d96c65d53cp-54, -0x1.0245957316dd3p-54, 0x1.866b80a02162dp-54,
        -0x1.41577ee04992fp-55, 0x1.f124cd1164dd6p-54, 0x1.05d02ba15797ep-56, -0x1.27c86626d972bp-54,
        -0x1.d4c1dd41532d8p-54, -0x1.8d684a341cdfbp-55, -0x1.fc6f89bd4f6bap-54, 0x1.994c2f37cb53ap-54,
        0x1.6e9f156864b27p-54, -0x1.0d55e32e9e3aap-56, 0x1.5cc13a2e3976cp-55, -0x1.dd6792e582524p-54,
        -0x1.75fc781b57ebcp-57, -0x1.64b7c96a5f039p-56, -0x1.d185b7c1b85d1p-54, -0x1.173bd91cee632p-54,
        0x1.c7c46b071f2bep-56, 0x1.824ca78e64c6ep-56, -0x1.359495d1cd533p-54, 0x1.6305c7ddc36abp-54,
        -0x1.d2f6edb8d41e1p-54, 0x1.bcb7ecac563c7p-54, 0x1.0fac90ef7fd31p-54, -0x1.f9234cae76cdp-55,
        0x1.7a1cd345dcc81p-54, -0x1.bdef54c80e425p-54, -0x1.2805e3084d708p-57, -0x1.c71dfbbba6de3p-54,
        -0x1.5584f7e54ac3bp-56, -0x1.efcd30e54292ep-54, 0x1.23dd07a2d9e84p-55, -0x1.efdca3f6b9c73p-54,
        0x1.11065895048ddp-55, 0x1.b4537e083c60ap-54, 0x1.2884dff483cadp-54, 0x1.1acbc48805c44p-56,
        0x1.503cbd1e949dbp-56, -0x1.dd83b53829d72p-55, -0x1.cbc3743797a9cp-54, -0x1.d487b719d8578p-54,
        0x1.2ed02d75b3707p-55, -0x1.11ec18beddfe8p-54, 0x1.c2300696db532p-54, 0x1.2da5778f018c3p-54,
        -0x1.1a5cd4f184b5cp-54, -0x1.7b627817a1496p-54, 0x1.39e8980a9cc8fp-55, 0x1.2d522ca0c8de2p-54,
        -0x1.e9c23179c2893p-54, -0x1.c93f3b411ad8cp-54, 0x1.dc7f486a4b6bp-54, 0x1.3a1a5bf0d8e43p-54,
        0x1.9d3e12dd8a18bp-54, -0x1.dbb12d006350ap-54, 0x1.74853f3a5931ep-55, 0x1.2eb74966579e7p-57
    };

    /** {@code 2^(j/128) - 1} for {@code j = -64..63} at index {@code j + 64}, high part. */
    static final double[] EXPM1_HI = {
        -0x1.2bec333018867p-2, -0x1.27fdb15e84a82p-2, -0x1.2409b8735cba2p-2, -0x1.201040d5cd6f8p-2,
        -0x1.1c1142e274118p-2, -0x1.180cb6eb4fd19p-2, -0x1.14029537b306fp-2, -0x1.0ff2d60434581p-2,
        -0x1.0bdd71829fcf2p-2, -0x1.07c25fd9e7d9bp-2, -0x1.03a199261633cp-2, -0x1.fef62af0797b9p-3,
        -0x1.f69d99accc7b6p-3, -0x1.ee396e770e14dp-3, -0x1.e5c9992edb44ep-3, -0x1.dd4e099d6659ap-3,
        -0x1.d4c6af7557c93p-3, -0x1.cc337a52aeddp-3, -0x1.c39459baa2327p-3, -0x1.bae93d1b800eap-3,
        -0x1.b23213cc8e86cp-3, -0x1.a96ecd0deb7c4p-3, -0x1.a09f58086c6c2p-3, -0x1.97c3a3cd7e119p-3,
        -0x1.8edb9f5703dcp-3, -0x1.85e7398737374p-3, -0x1.7ce6612886a6dp-3, -0x1.73d904ed74b33p-3,
        -0x1.6abf137076a8ep-3, -0x1.61987b33d329ep-3, -0x1.58652aa180903p-3, -0x1.4f25100b03219p-3,
        -0x1.45d819a94b14bp-3, -0x1.3c7e359c9266ap-3, -0x1.331751ec3a814p-3, -0x1.29a35c86a9b1ap-3,
        -0x1.20224341286e4p-3, -0x1.1693f3d7be6dap-3, -0x1.0cf85bed0f8b7p-3, -0x1.034f690a387dep-3,
        -0x1.f332113d56b1fp-4, -0x1.dfaa500017c2dp-4, -0x1.cc0768d4175a6p-4, -0x1.b84935fc8c257p-4,
        -0x1.a46f918837cb7p-4, -0x1.907a55511e032p-4, -0x1.7c695afc3b424p-4, -0x1.683c7bf93b074p-4,
        -0x1.53f391822dbc7p-4, -0x1.3f8e749b3e342p-4, -0x1.2b0cfe1266bd4p-4, -0x1.166f067f25cfep-4,
        -0x1.01b466423250ap-4, -0x1.d9b9eb0a5ed76p-5, -0x1.afd11874c009ep-5, -0x1.85ae0438b37cbp-5,
        -0x1.5b505d5b6f268p-5, -0x1.30b7d271980f7p-5, -0x1.05e4119ea5d89p-5, -0x1.b5a991288ad16p-6,
        -0x1.5f134923757f3p-6, -0x1.0804a4c683d8fp-6, -0x1.60f9f985bc9f4p-7, -0x1.61eea3847077bp-8,
        0x0.0p0, 0x1.63da9fb33356ep-8, 0x1.64d1f3bc03077p-7, 0x1.0c57a1b9fe12fp-6,
        0x1.66c34c5615d0fp-6, 0x1.c1aca777db772p-6, 0x1.0e8a30eb37901p-5, 0x1.3c7d958de7069p-5,
        0x1.6ab0d9f3121ecp-5, 0x1.992456e48fee8p-5, 0x1.c7d865a7a344p-5, 0x1.f6cd5ffda635ep-5,
        0x1.1301d0125b50ap-4, 0x1.2abdc06c31ccp-4, 0x1.429aaea92ddfbp-4, 0x1.5a98c8a58e512p-4,
        0x1.72b83c7d517aep-4, 0x1.8af9388c8de9cp-4, 0x1.a35beb6fcb754p-4, 0x1.bbe084045cd3ap-4,
        0x1.d4873168b9aa8p-4, 0x1.ed5022fcd91ccp-4, 0x1.031dc431466b2p-3, 0x1.0fa4c8beee4b1p-3,
        0x1.1c3d373ab11c3p-3, 0x1.28e727d9531fap-3, 0x1.35a2b2f13e6e9p-3, 0x1.426ff0fab1c05p-3,
        0x1.4f4efa8fef709p-3, 0x1.5c3fe86d6cc8p-3, 0x1.6942d3720185ap-3, 0x1.7657d49f17ab1p-3,
        0x1.837f0518db8a9p-3, 0x1.90b87e266c18ap-3, 0x1.9e0459320b7fap-3, 0x1.ab62afc94ff86p-3,
        0x1.b8d39b9d54e55p-3, 0x1.c6573682ec32cp-3, 0x1.d3ed9a72cffb7p-3, 0x1.e196e189d4724p-3,
        0x1.ef5326091a112p-3, 0x1.fd228256400ddp-3, 0x1.0582887dcb8a8p-2, 0x1.0c7d76542a25bp-2,
        0x1.13821818624b4p-2, 0x1.1a907b474015ep-2, 0x1.21a8ad704f34p-2, 0x1.28cabc35f4f7ap-2,
        0x1.2ff6b54d8a89cp-2, 0x1.372ca67f77436p-2, 0x1.3e6c9da74b29bp-2, 0x1.45b6a8b3d9907p-2,
        0x1.4d0ad5a753e07p-2, 0x1.546932976483bp-2, 0x1.5bd1cdad49f6ap-2, 0x1.6344b525f1ff5p-2,
        0x1.6ac1f752150a5p-2, 0x1.7249a29651adcp-2, 0x1.79dbc56b48522p-2, 0x1.81786e5db7023p-2,
        0x1.891fac0e95613p-2, 0x1.90d18d3330c7fp-2, 0x1.988e209548892p-2, 0x1.a05575132a5ccp-2
    };

    /** {@code 2^(j/128) - 1}, low part. */
    static final double[] EXPM1_LO = {
        0x1.08b2fb1366ea9p-57, -0x1.2895667ff0b0dp-57, -0x1.bbe3a683c88abp-58, -0x1.83c0f25860ef6p-56,
        -0x1.16e4786887a99p-56, 0x1.eae4d27345589p-56, 0x1.fb74d519d2459p-56, -0x1.e651fd7f7a74dp-57,
        -0x1.41577ee04992fp-56, -0x1.db665dd36454fp-60, 0x1.05d02ba15797ep-57, -0x1.3e433136cb956p-58,
        0x1.59f115f56694p-58, 0x1.ca5ed72f8c813p-58, 0x1.c83b21584a2e1p-62, -0x1.9acf4320d2b16p-57,
        0x1.ba7c55a192c9cp-57, -0x1.0d55e32e9e3aap-57, -0x1.467d8ba38d128p-57, 0x1.14c368d3ed6e2p-58,
        -0x1.75fc781b57ebcp-58, -0x1.64b7c96a5f039p-57, 0x1.73d241f23d17bp-58, -0x1.73bd91cee6321p-59,
        0x1.c7c46b071f2bep-57, 0x1.824ca78e64c6ep-57, -0x1.aca4ae8e6a997p-58, 0x1.8c171f770daadp-57,
        0x1.684892395f0f8p-58, -0x1.0d204d4ea70e5p-57, 0x1.f5921deffa626p-60, 0x1.b72cd4624cbf9p-62,
        0x1.e8734d1773206p-57, 0x1.0842acdfc6f6dp-57, -0x1.2805e3084d708p-58, 0x1.c7102222c90e8p-58,
        -0x1.5584f7e54ac3bp-57, 0x1.032cf1abd6d2p-59, -0x1.b845f0ba4c2f7p-57, 0x1.0235c094638d1p-59,
        0x1.1065895048dd3p-60, 0x1.a29bf041e3051p-58, 0x1.4426ffa41e566p-58, -0x1.ca6876eff4778p-58,
        -0x1.5f8685c2d6c49p-58, 0x1.13e2563eb147p-59, 0x1.a1e45e4342b1cp-58, 0x1.5bc247313d44p-58,
        0x1.76816bad9b837p-59, -0x1.1ec18beddfe82p-59, -0x1.ee7fcb492566dp-58, 0x1.6d2bbc780c614p-58,
        -0x1.a5cd4f184b5b9p-59, 0x1.2761fa17ada64p-61, 0x1.cf44c054e647ap-59, -0x1.2add35f3721e6p-59,
        0x1.63dce863d76ccp-59, -0x1.27e768235b188p-60, 0x1.c7f486a4b6b08p-59, -0x1.796903c9c6f2bp-61,
        -0x1.60f6913af3a8ap-62, 0x1.13b4bfe72bd96p-61, -0x1.6f5818b4d9c3ep-61, -0x1.148b699a8618bp-62,
        0x0.0p0, -0x1.ed665473248c8p-62, 0x1.bdf2b293de8a7p-62, 0x1.738f9a20da47ep-60,
        -0x1.183ab7149735cp-60, -0x1.23bfc562784d8p-60, 0x1.86be4bb284ff4p-61, -0x1.6f0fcf9d3d94ap-59,
        0x1.4c5c95b8c2155p-59, 0x1.edc16e24f717ap-62, 0x1.03a1727c57b53p-59, 0x1.19048eec50a13p-59,
        0x1.3aefc6bb64c63p-58, -0x1.1b514b36ca5c7p-58, 0x1.a080ca1d92c37p-59, 0x1.20355cf75584fp-58,
        -0x1.9041b9d78a75bp-59, -0x1.1023d1970f6bfp-58, -0x1.a4b384b6971bep-59, -0x1.5386352ef6073p-58,
        -0x1.fe91ff5d9bc3ep-58, -0x1.df98027bb78b8p-58, -0x1.1c453f5abdb59p-58, 0x1.54bf4a4a52f6dp-58,
        0x1.b07eb6c70572dp-58, -0x1.4faa9042c2d7p-57, 0x1.5e99cca074ec9p-58, -0x1.261d461f86bedp-57,
        0x1.84ba2beb44954p-57, -0x1.10adcd6381aa4p-59, 0x1.23aa6da0ea709p-65, -0x1.c6be17455b8fap-57,
        0x1.bd1ab48c60b91p-57, -0x1.58c61c79fee0fp-57, 0x1.9390c21b2cd2dp-57, 0x1.28c468ec6e75ep-57,
        0x1.c51540bd151e6p-58, 0x1.6a72c366fb432p-58, 0x1.43792533c143ap-57, 0x1.0007c8a2d63cep-58,
        -0x1.497dbb83d8512p-57, 0x1.7ee035483065fp-61, -0x1.ef3691c309278p-58, 0x1.c704439410ccfp-56,
        0x1.89b7a04ef80dp-59, -0x1.b5da174dbac4dp-57, 0x1.3c1a3b69062fp-56, -0x1.8d27430b906a8p-56,
        0x1.d4397afec42e2p-56, -0x1.c4c910e561f34p-56, -0x1.2cc2749655f8cp-56, 0x1.12f52c84d8222p-60,
        0x1.f0a83c49d86a6p-56, 0x1.4bb188090d32ap-58, -0x1.9134ffb89b14cp-56, -0x1.ad43d48cbc431p-56,
        0x1.8c93015191eb3p-56, 0x1.c4b1b816986a2p-60, -0x1.1641b3dfc668ap-56, -0x1.f1214dab6f239p-57,
        -0x1.c1e0bf205a4b8p-57, 0x1.dbe1c5313b669p-58, 0x1.127d9e29b8f31p-56, 0x1.038ae44f73e65p-57
    };

    /** {@code -ln(LOG_INV[j])}, minus {@code ln 2} for {@code j >= 64}, high part. */
    static final double[] LOG_HI = {
        0x1.ff00aa2b10bap-9, 0x1.7dc475f810a69p-7, 0x1.3cea44346a584p-6, 0x1.b9fc027af919ap-6,
        0x1.1b0d98923d97fp-5, 0x1.58a5bafc8e4d3p-5, 0x1.95c830ec8e3f2p-5, 0x1.d276b8adb0b56p-5,
        0x1.075983598e471p-4, 0x1.253f62f0a1417p-4, 0x1.42edcbea646eep-4, 0x1.60658a93750c4p-4,
        0x1.7da766d7b12dp-4, 0x1.9ab42462033aep-4, 0x1.b78c82bb0edap-4, 0x1.d4313d66cb35dp-4,
        0x1.f0a30c01162a4p-4, 0x1.0671512ca596fp-3, 0x1.14785846742acp-3, 0x1.2266f190a5acdp-3,
        0x1.303d718e47fd5p-3, 0x1.3dfc2b0ecc62ap-3, 0x1.4ba36f39a55e5p-3, 0x1.59338d9982085p-3,
        0x1.66acd4272ad51p-3, 0x1.740f8f54037a3p-3, 0x1.815c0a14357e9p-3, 0x1.8e928de886d41p-3,
        0x1.9bb362e7dfb85p-3, 0x1.a8becfc882f19p-3, 0x1.b5b519e8fb5a6p-3, 0x1.c2968558c18c2p-3,
        0x1.cf6354e09c5ddp-3, 0x1.dc1bca0abec7bp-3, 0x1.e8c0252aa5a6p-3, 0x1.f550a564b7b37p-3,
        0x1.00e6c45ad501dp-2, 0x1.071b85fcd590dp-2, 0x1.0d46b579ab74bp-2, 0x1.136870293a8bp-2,
        0x1.1980d2dd4236fp-2, 0x1.1f8ff9e48a2f3p-2, 0x1.2596010df763ap-2, 0x1.2b9303ab89d25p-2,
        0x1.31871c9544185p-2, 0x1.3772662bfd85cp-2, 0x1.3d54fa5c1f71p-2, 0x1.432ef2a04e813p-2,
        0x1.49006804009dp-2, 0x1.4ec9732600269p-2, 0x1.548a2c3add263p-2, 0x1.5a42ab0f4cfe2p-2,
        0x1.5ff3070a793d4p-2, 0x1.659b57303e1f2p-2, 0x1.6b3bb2235943dp-2, 0x1.70d42e2789236p-2,
        0x1.7664e1239dbcfp-2, 0x1.7bede0a37afbfp-2, 0x1.816f41da0d495p-2, 0x1.86e919a330ba1p-2,
        0x1.8c5b7c858b48bp-2, 0x1.91c67eb45a83ep-2, 0x1.972a341135159p-2, 0x1.9c86b02dc0862p-2,
        -0x1.23ec5991eba49p-2, -0x1.1e9e1678899f5p-2, -0x1.1956d3b9bc2f9p-2, -0x1.14167ef367784p-2,
        -0x1.0edd060b78082p-2, -0x1.09aa572e6c6d4p-2, -0x1.047e60cde83b7p-2, -0x1.feb2233ea07cbp-3,
        -0x1.f474b134df228p-3, -0x1.ea4449f04aaf5p-3, -0x1.e020cc6235ab5p-3, -0x1.d60a17f903514p-3,
        -0x1.cc000c9db3c52p-3, -0x1.c2028ab17f9b5p-3, -0x1.b811730b823d4p-3, -0x1.ae2ca6f672bd8p-3,
        -0x1.a454082e6ab03p-3, -0x1.9a8778debaa3ap-3, -0x1.90c6db9fcbcdbp-3, -0x1.871213750e994p-3,
        -0x1.7d6903caf5acdp-3, -0x1.73cb9074fd14dp-3, -0x1.6a399dabbd383p-3, -0x1.60b3100b09474p-3,
        -0x1.5737cc9018cddp-3, -0x1.4dc7b897bc1c7p-3, -0x1.4462b9dc9b3dcp-3, -0x1.3b08b6757f2a7p-3,
        -0x1.31b994d3a4f86p-3, -0x1.28753bc11aba2p-3, -0x1.1f3b925f25d44p-3, -0x1.160c8024b27bp-3,
        -0x1.0ce7ecdccc28bp-3, -0x1.03cdc0a51ec0dp-3, -0x1.f57bc7d9005dbp-4, -0x1.e3707ee30487bp-4,
        -0x1.d179788219362p-4, -0x1.bf968769fca18p-4, -0x1.adc77ee5aea8ep-4, -0x1.9c0c32d4d254dp-4,
        -0x1.8a6477a91dc29p-4, -0x1.78d02263d82d7p-4, -0x1.674f089365a78p-4, -0x1.55e10050e0382p-4,
        -0x1.4485e03dbdfbp-4, -0x1.333d7f8183f4ap-4, -0x1.2207b5c7854a1p-4, -0x1.10e45b3cae829p-4,
        -0x1.ffa6911ab9309p-5, -0x1.dda8adc67ee59p-5, -0x1.bbcebfc68f424p-5, -0x1.9a187b573de81p-5,
        -0x1.788595a3577c8p-5, -0x1.5715c4c03cee1p-5, -0x1.35c8bfaa13069p-5, -0x1.149e3e4005a8dp-5,
        -0x1.e72bf2813ce6ap-6, -0x1.a55f548c5c427p-6, -0x1.63d6178690bbep-6, -0x1.228fb1fea2e0ap-6,
        -0x1.c317384c75f0dp-7, -0x1.41929f968330cp-7, -0x1.8121214586b02p-8, -0x1.0040155d5881ep-9
    };

    /** Low part of {@link #LOG_HI}. */
    static final double[] LOG_LO = {
        0x1.2821ad5a6d357p-63, 0x1.74944bc161072p-61, -0x1.865ad48159dp-61, -0x1.90ae69229dc86p-60,
        -0x1.74d7444dd6241p-59, -0x1.cab8569c56e4p-64, 0x1.eb41d00a417e9p-60, 0x1.078f14c95ff53p-59,
        0x1.006d2999e22dcp-58, 0x1.1f6d34e01d981p-61, -0x1.511583653349bp-58, -0x1.f108b1d8436d3p-59,
        0x1.a2240644d7da2p-59, -0x1.a099e1c184e8ep-59, -0x1.3ef0e61f9b03cp-58, 0x1.b90dd951d90fap-58,
        0x1.8be64b8b7759bp-59, -0x1.2f39b81479b67p-58, 0x1.94409f1d3f83ap-60, -0x1.dab840e7f6177p-57,
        -0x1.b5ae71f658247p-57, 0x1.ba62b8c13f7f4p-57, -0x1.f767e433c98aap-57, 0x1.8d16eaaba9419p-57,
        -0x1.9201c9c3d5165p-59, 0x1.6d9bf9d57b326p-58, 0x1.141b7f8c5fa9ep-58, 0x1.2589eb96a624p-59,
        -0x1.51439c1ff83e7p-58, -0x1.a8c37918c39ebp-58, -0x1.d5d8023e61e5fp-57, 0x1.6108e3ae024acp-60,
        0x1.339a07d55b696p-57, 0x1.c698a33316dfbp-58, -0x1.dc074737f9135p-60, -0x1.13a09202fe73dp-57,
        -0x1.3b9568ff6feadp-57, 0x1.08b83fcbdef4p-57, 0x1.21f640e1e5ec9p-56, 0x1.86cc531dba494p-57,
        -0x1.02c2e4f1b2eb9p-56, -0x1.93fbf3418960dp-57, -0x1.9eed8ae0ebd3cp-59, -0x1.85ad7f614ab51p-58,
        -0x1.ea3598981366fp-57, 0x1.02a7589fba088p-57, 0x1.53668e578d9cdp-58, -0x1.83262e2b59206p-57,
        -0x1.bff0d07c5df6dp-59, -0x1.1aa87d977dc5ep-56, -0x1.58ce7bf1846eep-56, -0x1.c6bcb7dee9a3dp-56,
        -0x1.063077d7e37b7p-56, 0x1.db0af8efb83c7p-62, 0x1.957a93326784dp-56, 0x1.ee99bf7143954p-56,
        -0x1.d6d5d64f5daf8p-57, -0x1.6783cb9801a5bp-56, 0x1.76dc35fb48fe4p-56, -0x1.700c9d2029045p-56,
        0x1.d754b0205fa6cp-56, 0x1.5e3ea3b96a3dfp-57, -0x1.5a3f62db48f27p-56, 0x1.7e81149622bdfp-56,
        -0x1.76eba35bbf0dfp-61, -0x1.64b0dd2687939p-58, -0x1.0e75a3542856fp-58, -0x1.ef824daaf53e9p-56,
        -0x1.2d4b610d7d4f5p-57, -0x1.f9e17343426a9p-56, -0x1.08869cbf9e344p-56, -0x1.8de00938b4c3p-61,
        0x1.9f1df7b5daab7p-60, 0x1.f33919ab94074p-57, 0x1.f0adb91423f18p-57, 0x1.50df841a71b7ap-57,
        -0x1.67a2a8500729ep-58, -0x1.c11aa3853a5fp-57, 0x1.d7c46328983c6p-58, 0x1.a4a356155f779p-57,
        0x1.e0df823a3cb3dp-58, -0x1.28fbfb0e3f0fcp-58, 0x1.357718d7ca4cfp-58, 0x1.a97a0ca115d6p-57,
        0x1.0b17c301d6e14p-57, 0x1.721a000b4cf01p-57, -0x1.76332bd4b341fp-57, -0x1.526cee0fd7f4ap-57,
        0x1.00b28ef013c72p-57, -0x1.b60ae1ff0e82ep-59, 0x1.85388d830c709p-59, -0x1.5e1ad9be0a4cdp-57,
        0x1.1238b5efe0665p-57, 0x1.7394d9fa33313p-57, -0x1.08b27be4e6b15p-57, 0x1.355bfd870afebp-59,
        -0x1.1b57fea88da98p-59, -0x1.19e2d3f8b7d1p-57, 0x1.d361574fb24e2p-58, -0x1.9399d9aaf3b33p-59,
        0x1.b12841044a96cp-58, 0x1.06e4fb7af9c69p-58, -0x1.d7d8f39bee658p-58, 0x1.627a0e199f569p-58,
        0x1.3d4190a482421p-58, -0x1.cbca5b4fdb87ep-58, -0x1.ca64e9980e048p-59, -0x1.9a0629e3973e4p-58,
        -0x1.3ba349aadbc6dp-58, 0x1.adaa06e211e9ep-59, -0x1.b3f0431efb154p-58, -0x1.9b5ed72e6d974p-58,
        0x1.cd9f1f95c2ef1p-59, 0x1.31936790bb3b2p-59, 0x1.cd1862f854848p-59, -0x1.b13b26f298a6ap-64,
        -0x1.2f7c4c5b3c8bdp-62, -0x1.5101dc4ebf91fp-59, 0x1.50830a65543a8p-63, 0x1.a9a4168fcebebp-60,
        0x1.8a4bba6a354fap-60, -0x1.f60d2fc36a0d9p-61, 0x1.18ed4d357c9dcp-60, -0x1.3284991fe3d5cp-61,
        -0x1.806208c04c21fp-61, -0x1.3aae809b43ddp-61, 0x1.c7d68c0d910f2p-62, 0x1.8f98e1113f503p-65
    };

    // Taylor coefficients 1/n (log) and 1/n! (exp), rounded once.
    private static final double THIRD = 1.0 / 3.0;
    private static final double FIFTH = 1.0 / 5.0;
    private static final double SIXTH = 1.0 / 6.0;
    private static final double SEVENTH = 1.0 / 7.0;
    private static final double NINTH = 1.0 / 9.0;
    private static final double INV_24 = 1.0 / 24.0;
    private static final double INV_120 = 1.0 / 120.0;
    private static final double INV_720 = 1.0 / 720.0;
    private static final double INV_5040 = 1.0 / 5040.0;
    private static final double INV_40320 = 1.0 / 40320.0;
    private static final double INV_362880 = 1.0 / 362880.0;

    static {
        for (int j = 0; j < LOG_N; j++) {
            LOG_INV[j] = 1.0 / (1.0 + (j + 0.5) / LOG_N);
        }
    }

    private DeterministicMath() {
    }

    /** {@code e^x}; NaN for NaN, {@code +inf} on overflow, 0 on underflow. */
    public static double exp(final double x) {
        if (!(x <= EXP_OVERFLOW)) {
            return x != x ? x : Double.POSITIVE_INFINITY;
        }
        if (x < EXP_UNDERFLOW) {
            return 0.0;
        }
        final double kf = Math.rint(x * INV_LN2_N);
        final double r = Math.fma(-kf, LN2_N_LO, Math.fma(-kf, LN2_N_HI, x));
        final int kj = (int) kf;
        final int j = kj & (EXP_N - 1);
        final int k = kj >> EXP_BITS;
        final double p = r + r * r * (0.5 + r * (SIXTH + r * (INV_24 + r * INV_120)));
        final double hi = EXP_HI[j];
        final double y = hi + Math.fma(hi, p, EXP_LO[j]);
        return scale(y, k);
    }

    /** {@code e^x - 1}, accurate also for small {@code |x|}; NaN for NaN. */
    public static double expm1(final double x) {
        if (!(Math.abs(x) <= EXPM1_DIRECT)) {
            return expm1Wide(x);
        }
        if (x == 0.0) {
            return x; // keeps the sign of -0.0
        }
        if (Math.abs(x) < EXPM1_TAYLOR) {
            // Taylor to x^9: below 2^-5 the truncation is under 2^-58 relative, and nothing cancels.
            final double tail = x * x * (0.5 + x * (SIXTH + x * (INV_24 + x * (INV_120 + x * (INV_720
                + x * (INV_5040 + x * (INV_40320 + x * INV_362880)))))));
            return x + tail;
        }
        final double kf = Math.rint(x * INV_LN2_N);
        final double r = Math.fma(-kf, LN2_N_LO, Math.fma(-kf, LN2_N_HI, x));
        final int j = (int) kf; // 2^-5 <= |x| <= 0.3 < ln2/2: no power of two, |j| in [6, 56]
        final double p = r + r * r * (0.5 + r * (SIXTH + r * (INV_24 + r * INV_120)));
        // 2^(j/128) e^r - 1 = (T - 1) + (T - 1) p + p, with T - 1 a double-double.
        final int i = j + EXPM1_OFFSET;
        final double tm1 = EXPM1_HI[i];
        return tm1 + (EXPM1_LO[i] + Math.fma(tm1, p, p));
    }

    /**
     * {@code e^x - 1} for {@code |x| > 0.3}: {@code 2^k T (1 + p) - 1} with {@code 2^k T - 1} summed
     * error-free (TwoSum), so the only roundings are the final one and those of the small tail.
     */
    private static double expm1Wide(final double x) {
        if (x != x) {
            return x;
        }
        if (x > EXPM1_SATURATE) {
            return exp(x); // e^x > 2^57: the -1 is below half an ulp
        }
        if (x < -EXPM1_SATURATE) {
            return -1.0; // e^x < 2^-57: below half an ulp of -1
        }
        final double kf = Math.rint(x * INV_LN2_N);
        final double r = Math.fma(-kf, LN2_N_LO, Math.fma(-kf, LN2_N_HI, x));
        final int kj = (int) kf;
        final int j = kj & (EXP_N - 1);
        final double scale = Double.longBitsToDouble((long) ((kj >> EXP_BITS) + 1023) << 52); // |k| <= 58
        final double p = r + r * r * (0.5 + r * (SIXTH + r * (INV_24 + r * INV_120)));
        final double hi = EXP_HI[j];
        final double a = hi * scale; // exact
        final double s = a - 1.0;
        final double bb = s - a;
        final double err = (a - (s - bb)) + (-1.0 - bb);
        return s + (err + Math.fma(hi, p, EXP_LO[j]) * scale);
    }

    /** Natural logarithm; NaN for negative or NaN, {@code -inf} at 0, {@code +inf} at {@code +inf}. */
    public static double log(final double x) {
        final double f = x - 1.0;
        if (Math.abs(f) < NEAR_ONE) {
            return log1pNearZero(f);
        }
        if (!(x > 0.0) || x == Double.POSITIVE_INFINITY) {
            if (x == 0.0) {
                return Double.NEGATIVE_INFINITY;
            }
            return x == Double.POSITIVE_INFINITY ? x : Double.NaN;
        }
        long bits = Double.doubleToRawLongBits(x);
        int e = (int) (bits >>> 52) - 1023;
        if (e == -1023) { // subnormal: scale into the normal range exactly
            bits = Double.doubleToRawLongBits(x * TWO_POW_54);
            e = (int) (bits >>> 52) - 1023 - 54;
        }
        final int j = (int) (bits >>> (52 - 7)) & (LOG_N - 1);
        final double m = Double.longBitsToDouble((bits & 0x000F_FFFF_FFFF_FFFFL) | 0x3FF0_0000_0000_0000L);
        if (j >= LOG_N / 2) {
            e++; // m >= 1.5: use m / 2 in [0.75, 1) so that x just below 1 does not cancel against ln 2
        }
        final double r = Math.fma(m, LOG_INV[j], -1.0);
        final double ed = e;
        // (e ln2_hi + ln c_hi) + r summed error-free; LN2_HI has 42 bits so e * LN2_HI is exact.
        final double a = ed * LN2_HI;
        final double b = LOG_HI[j];
        final double s1 = a + b;
        final double bb1 = s1 - a;
        final double e1 = (a - (s1 - bb1)) + (b - bb1);
        final double s2 = s1 + r;
        final double bb2 = s2 - s1;
        final double e2 = (s1 - (s2 - bb2)) + (r - bb2);
        final double r2 = r * r;
        final double tail = r2 * (-0.5 + r * (THIRD + r * (-0.25 + r * (FIFTH + r * (-SIXTH + r * SEVENTH)))));
        return s2 + (((e1 + e2) + (LOG_LO[j] + ed * LN2_LO)) + tail);
    }

    /** {@code ln(1 + f)} for {@code |f| < 2^-7}: {@code f - f^2/2} compensated, then the Taylor tail to {@code f^9}. */
    private static double log1pNearZero(final double f) {
        final double halfF = 0.5 * f;
        final double hf = halfF * f;
        final double hfError = Math.fma(halfF, f, -hf);
        final double s = f - hf;
        final double sError = (f - s) - hf; // exact: |hf| <= |f| / 256
        final double tail = f * f * f * (THIRD + f * (-0.25 + f * (FIFTH + f * (-SIXTH + f * (SEVENTH
            + f * (-0.125 + f * NINTH))))));
        return s + ((sError - hfError) + tail);
    }

    /** {@code y * 2^k} with a single rounding, also when the result is subnormal or overflows. */
    private static double scale(final double y, final int k) {
        if (k >= -1022 && k <= 1023) {
            return y * Double.longBitsToDouble((long) (k + 1023) << 52);
        }
        if (k > 1023) {
            return y * Double.longBitsToDouble((long) (k - 64 + 1023) << 52) * TWO_POW_64;
        }
        // Exact first step into the normal range, then one rounding into the subnormals.
        return y * Double.longBitsToDouble((long) (k + 64 + 1023) << 52) * TWO_POW_MINUS_64;
    }

    /**
     * Cube root, delegated to {@link StrictMath#cbrt}: since JDK 9 that is {@code FdLibm.Cbrt}, a
     * pure-Java port (no intrinsic, no JNI), so its bits are the same on every JVM and CPU. It
     * lives here so that engines have one entry point for every non-IEEE-exact function.
     */
    @io.strikeiq.SuppressForbidden(reason = "the one sanctioned StrictMath call: FdLibm.Cbrt is pure Java since JDK 9")
    public static double cbrt(final double x) {
        return StrictMath.cbrt(x);
    }
}
