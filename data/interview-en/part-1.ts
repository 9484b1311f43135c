/**
 * English rendering by the Tri Dao Lens team of QbitAI's Chinese write-up (sections nvidia-dominance and
 * chip-design-challenges). Not Tri Dao's words: the podcast was in English and his exact words may differ.
 */
export const part1 = {
  /** One English string per line of the turn's Chinese `text.orig.split('\n')`, same count, same order. */
  turns: {
    'nvidia-dominance-1': [
      'In the Nvidia ecosystem, say at the chip level or in GPU system integration, are we going to see new competitors?',
    ],
    'nvidia-dominance-2': [
      "I've definitely spent a fair amount of time thinking about chips, and I think of course a lot of competitors are going to come into this space.",
      "AMD has been in this space for a long time. There are a few reasons Nvidia is dominant: they design very good chips, and they've also built very good software, which together form a complete ecosystem that lets people build more software on top of it. But I think as workloads increasingly converge on particular architectures, like the Transformer, MoE and so on, it's going to get easier to design chips tailored to those workloads.",
      "On the inference side, AMD has some advantages, like more memory, and we're already starting to see some teams trying it out. On the training side it's harder: networking is the main bottleneck, and Nvidia is still ahead there.",
      "But people now understand what the challenges are in building a great training chip, and what the challenges are in building a great inference chip. In the end it comes down to execution. So I'd say this is a really exciting space. I've talked to a lot of people who are designing new chips, for both inference and training.",
      'I expect that over the next few years some workloads will move into a "multi-chip" era: it won\'t be like now, with 90% of them running on Nvidia; they\'ll run on a variety of different chips.',
    ],
    'nvidia-dominance-3': [
      "Do you think today's architectures are stable enough to support long-term bets on inference and training workloads two or three years out, or is there still uncertainty, with startups and companies each placing their own bets, and maybe only one or two of them coming out on top in the end?",
    ],
    'nvidia-dominance-4': [
      'I think at the architecture level, if you look at the big picture, it seems things have settled on the Transformer.',
      "But if you look closely, you'll see there's actually still a lot changing.",
      'The most notable thing in the last two years has been Mixture of Experts (MoE). It makes models bigger, with more parameters, but the computation is sparse.',
      'That brings some trade-offs: for example, you need more memory, but the amount of compute may be relatively smaller.',
      'For some chipmakers this makes things harder, because they may originally have designed for dense models, where the compute is spread very evenly, and now they have to deal with sparse compute, which is more complicated to design for.',
      "Or take attention: it's been around for more than ten years, but it's still evolving, and that actually makes some things difficult.",
      'DeepSeek, for instance, came up with multi-head latent attention, which is a bit different from traditional attention. For example, they use a very large head dimension.',
      'If the matrix multiply engine in your system only comes in one fixed size, it might not be a match.',
      'Issues like these come up once you get into the details. So those are the challenges at the architecture level.',
      'At the workload level, the way people use these models is also changing a lot.',
      'The traditional use was chatbots (though "traditional" only means the last two or three years), but now there are new workloads, like coding workloads—tools like Cursor and Windsurf.',
      "These more agent-like workloads aren't just about running the model; they also need to call tools, like running a Python interpreter, doing web search and so on.",
      'That creates challenges for chip design. If a chip focuses only on making the model itself run as fast as possible, it may neglect the ability to connect to the host to carry out tasks like web search.',
      "So I'd say that although the architecture seems to have stabilized at a high level, there's still a lot of change underneath. And the workloads themselves are evolving too, so it's always a \"race\" to see who can adapt to new workloads faster.",
    ],
    'chip-design-challenges-1': [
      'If 90% of workloads still run on Nvidia chips today, what do you think things will look like two or three years from now?',
    ],
    'chip-design-challenges-2': [
      "I think on the inference side there's going to be diversification; we're already starting to see challenges from companies like Cerebras, Groq and SambaNova.",
      'They emphasize that they can do extremely low-latency inference, which is great for certain use cases.',
      "When we talk to some customers, we find they care a lot about getting the lowest latency possible, and they're willing to pay a higher cost for it. At the same time, there are customers who care especially about large-batch, high-throughput inference, for example massive data processing, synthetic data generation, or reinforcement learning training, where you need fast rollouts and have to generate lots of trajectories.",
      'So I think the market is definitely going to diversify, because the workloads themselves will become more and more diverse: low latency, high throughput, maybe even video generation, and each of these puts different demands on compute and memory.',
    ],
    'chip-design-challenges-3': ['How do startups place bets on different kinds of optimization?'],
    'chip-design-challenges-4': [
      "If you're a startup, you have to place a bet. When you invest, you're really making an unconventional bet.",
      'You might bet that chatbots will eventually go away, and that what people really care about is something else, like video models, video generation models, world models, or robotics or something like that.',
      'Then you roll the dice and say, okay, that might end up being 50% of the workload.',
      "So how do we design a chip for that workload? You can only hope your bet is right. I think that's the role of a startup.",
      "If you don't place a bet, and just say you're going to optimize for general-purpose workloads, then the big companies will completely crush you on execution.",
    ],
    'chip-design-challenges-5': [
      'Why not try other companies besides Nvidia? And are we going to see huge salaries in hardware?',
    ],
    'chip-design-challenges-6': [
      'Personally, I actually work with engineers at a lot of different companies, including Nvidia, AMD, Google, Amazon and so on.',
      "I spend a lot of time on Nvidia chips purely because they're the most widely available product we can get access to right now.",
      "They design very good chips and have very good software support, which lets me do a lot of interesting things, and that's exactly what I'm after: can I build something interesting?",
      'For example, we worked with AMD on a version of Flash Attention before, and we integrated it into the public repository.',
      "So we do work with them. As for what the best way to collaborate should be, I'm not quite sure yet.",
      "But lately I've been thinking more about this: what kinds of abstractions do we need? Not just for Nvidia chips, but for GPUs and accelerators as a whole.",
      'At the lowest level, I still put a lot of effort into squeezing every bit of performance out of these chips.',
      'But as we scale up at Together AI, we have to think: how do we get engineers who join later up to speed faster? Part of that is building abstractions that work on Nvidia chips and may also carry over to other chips.',
      "Another question I'm really excited about is: can we design abstractions that let AI itself do part of the work for us?",
      "I don't think the answer is fully clear yet. But as human technical leads, our job is to build the right abstractions so other people can get up to speed quickly, so that what you build can make a difference across chips and across workloads.",
    ],
    'chip-design-challenges-7': [
      'Do you think we already have the kind of abstractions that work across different chips?',
    ],
    'chip-design-challenges-8': [
      'I think we have some, right?',
      "But it's the classic trade-off. Triton, for instance, is really nice to use, and it supports Nvidia chips, AMD GPUs, Intel GPUs and so on. That requires them to design a frontend, and then for each vendor's chips, the backend code is contributed by different companies.",
      "I think Triton is actually very good, and a lot of companies are betting on it. For example, Meta's PyTorch compiler generates Triton code directly and then hands it to Triton to generate the low-level code for Nvidia or AMD.",
      "But it's still a trade-off: if you don't control the lowest level, you may lose some performance.",
      "The key is how much you lose. If you lose only 5% of the performance but get 3x the productivity, that's totally worth it.",
      'But if the loss is too big, people may go back to lower-level approaches that are closer to the hardware, especially with the inference market as competitive as it is.',
      "So I'd say designing these by hand is actually really hard. I'd even say hardware portability is a bit of a myth.",
      'Even within Nvidia, the differences between generations are huge. With CPUs, performance might improve only 5%-10% a year and old code still runs, but GPUs are nothing like that.',
      'With almost every generation of Nvidia chips, all the low-level code has to be rewritten, because the way to get more FLOPS is to add more specialized components, support lower precision, or change the synchronization mechanisms inside the chip.',
      'So even within Nvidia, code portability across generations is actually pretty limited.',
    ],
    'chip-design-challenges-9': [
      "The value of abstractions is that they help even when you're only dealing with different generations of chips from the same vendor, right?",
    ],
    'chip-design-challenges-10': [
      "I think Triton's abstraction is very appealing. They even have some lower-level extensions, like Gluon, which is very new, that expose more of the hardware details, at the cost of being less general. And there's the company Modular, which is developing the Mojo language.",
    ],
    'chip-design-challenges-11': ["What do you think of what they're doing?"],
    'chip-design-challenges-12': [
      "I think it's cool. They've definitely found some of the right abstractions. The key is execution.",
      "Because everyone's going to ask, \"How fast are you on Nvidia chips, really?\" In a sense that question isn't quite fair, but that's the reality.",
      'So beyond the abstractions they have to do some customization to make the code run fast enough on Nvidia chips, and then do some customization for AMD.',
      "The question is, how much customization are you willing to do? That's the trade-off between performance and generality.",
      "We're going to see more and more libraries or domain-specific languages like these. For example, there are people at Stanford working on ThunderKittens to abstract GPU programming, and Google has Mosaic GPU.",
      "I'm sure I'm leaving some out. But everyone has realized one problem: we don't have the right abstractions yet. That makes training new people to write high-performance GPU kernels really painful.",
      "The solution is to build abstractions. I think we're in a phase of rapid iteration right now, which is also why so many domain-specific languages are showing up.",
      "At the same time, as AI models get stronger, I'm thinking about how we should design domain-specific languages or abstractions for language models, because they work a bit differently from humans, and right now we don't know the answer. So I think things will be a lot clearer in a year or two. Right now lots of approaches are flourishing, and everyone is trying different directions.",
    ],
    'chip-design-challenges-13': ['Where do you think these abstractions are most likely to come from?'],
    'chip-design-challenges-14': [
      'I think there are two main angles:',
      '- One is to start from the machine learning side: think about what workloads we have, and what primitives we need to express those workloads. For example, inference is fundamentally a memory-bound problem, and the key is how to move data as quickly as possible; or how to do matrix multiplication as fast as possible.',
      '- The other angle is to start from the hardware. There are a lot of really cool specialized components on the chip, and you have to think about how to expose those capabilities. Nvidia is especially strong at this, for example in designing more asynchronous mechanisms.',
      'That said, matrix multiplication is so fast that it makes everything else look slow by comparison. So what matters more is how to overlap matrix multiplication with other computation. That calls for an abstraction layer that supports asynchronous execution, things like pipelining, synchronization mechanisms and so on.',
      "So I think abstractions will come from these two directions, either starting from the workloads or starting from the hardware. I think it'll be a lot clearer in another year or two.",
    ],
    'chip-design-challenges-15': [
      'How much are you actually using AI itself right now when you design abstractions? And what do you think will change over the next few years?',
    ],
    'chip-design-challenges-16': [
      "Yes, I think models are starting to become useful here. That's really surprised me recently. Some people are already trying fully automated GPU kernel writing: you just describe the problem, and the LLM generates the kernel code directly.",
      "It's a bit like what we've seen in other areas, like generating simple Python scripts, doing data analysis, writing front-end web pages, right? LLMs can already do those things now. So the question is: can we also do that, generating code for GPU programming?",
    ],
    'chip-design-challenges-17': ['Vibe kernel?'],
    'chip-design-challenges-18': [
      "If that's what you're after, I think we're still at a very early stage.",
      'These models can now generate some simple kernels, like element-wise operations: you take an array as input and do a computation on each element. Or some reduction operations, like sums, normalization, that kind of thing.',
      "Models can generate that kind of code reasonably well. But once things get a bit more complex, these models can't write correct code.",
      "I think that's mainly down to a lack of training data.",
      "Training data is really tough in this area. Because if you scrape kernel code off the web, what you get might be some class projects, or documentation from three GPU generations ago, and a lot of what that documentation describes is stuff you really shouldn't be doing anymore. So training data really is very hard. I think the answer may be to start from some expert-level data and then generate synthetic data based on it. Or to hook the models up to tools like compilers and profilers, get a lot of training data out of them, and build the right environments. I think there could be a breakthrough within a year or two, but right now it really is hard.",
    ],
    'chip-design-challenges-19': ['So who has this data right now?'],
    'chip-design-challenges-20': [
      "I don't think this kind of data is really proprietary.",
      'There are certainly some places where you can find expert-level code, but what matters more is the process: how to start from a small amount of expert data and generate a huge amount of synthetic data.',
      'For example, the GPU Mode community on Discord is trying to do exactly this.',
      'They use a compiler, such as the PyTorch compiler, to convert PyTorch code into Triton code, and Triton here is the lower-level kernel code.',
      'That way they can generate about 15,000 pairs of programs like this—PyTorch programs and their Triton counterparts.',
      "You actually have to be a bit creative, because there really isn't much raw data on the web, so you have to find ways to create training data. So I think that's one direction: if you want fully automated kernel generation, it's still very early. The other direction is: can the models work together with humans? That's where I've been more pleasantly surprised—these models are actually already pretty useful now.",
    ],
    'chip-design-challenges-21': ['Was there a particular moment when you felt AI models had really become helpful?'],
    'chip-design-challenges-22': [
      "I'd say there were roughly two big milestones. One was o3—o3's reasoning ability was a big step forward.",
      "Sometimes I'll brainstorm with o3 or GPT-5, like: I have this function, how should I optimize it? What should I watch out for?",
      'The high-level ideas they give are surprisingly good.',
      'The other was Claude Code. It turns out to be pretty good at writing Triton kernels, which is really great.',
      'Because although I like writing kernels, I actually spend more of my time on design: thinking about what kind of architecture to design so it makes better use of the hardware.',
      "And then there's the actual implementation: the design is interesting, but the implementation process is often a real slog. That's where Claude Code helps a lot. I think it boosts my overall productivity by about 1.5x.",
      "I'm a heavy Claude Code user. If you have the models work together with humans, rather than expecting them to generate kernels fully automatically, they're actually extremely useful.",
    ],
    'chip-design-challenges-23': [
      "What's the next milestone you're most looking forward to, and when a new model comes out, what do you test?",
    ],
    'chip-design-challenges-24': [
      'I think Claude Code is a classic example of a qualitative leap, because it became more agentic.',
      'To some extent, they did a particularly good job on this when they post-trained Claude.',
      "I'm sure OpenAI and Google will reach a similar level soon. What I mean by agentic here is that it's good at calling tools, and it knows when it should use a tool.",
      "For example, it knows: ah, maybe I'm not using the API correctly right now, so how do I look up the API?",
      "Or the program didn't compile, or the program isn't fast enough, so how do I get information out of the profiler? That kind of ability.",
      "So with new models, what I'll be watching is whether they can know what they don't know, and when they should go and actively look for new information. That sounds a bit vague, but people have already started building benchmarks for this kind of agentic capability; it's just still very early.",
    ],
    'chip-design-challenges-25': [
      'Since ChatGPT came out, what has actually driven the drop in cost and the improvement in latency over these three years?',
    ],
    'chip-design-challenges-26': [
      'Over the past few years, the cost of inference has probably come down by about 100x.',
      'At least since ChatGPT came out, and you can see that in how API prices have changed, too.',
      'One part is at the model level: people have trained better models at the same parameter scale.',
      "Partly that's from using more data, and partly from architectural improvements. I think MoE really did help people come up with more efficient attention mechanisms and so on.",
      'So on the model side, models have gotten more capable at the same number of parameters.',
      'The other part is inference optimization.',
      "We've seen a whole explosion of techniques. Early on, people actually didn't know where the bottleneck in inference was.",
      'Gradually we found that the key problem is data movement—for example, moving the weights between memories, or moving the KV cache around.',
      'The KV cache is the part of the attention mechanism that stores the history so the next prediction can be generated. So a lot of the optimization has been about how to reduce data movement.',
      'Take model quantization, for example.',
      'Two or three years ago, a parameter typically took 16 bits to represent. Now 8 bits is very common, 4 bits is used a lot in new models, and there are even attempts at 1–2 bits, which is very aggressive.',
      'But experiments show that in many cases quantization causes almost no loss in quality. Of course it takes fairly sophisticated techniques, but it works really well.',
      'For example, in GPT-oss, which OpenAI released recently, most of the layers are quantized to 4 bits. Their model has 120 billion parameters in total, but because each parameter needs only 4 bits, the whole model fits into about 60 GB, and that translates directly into really good inference performance. So quantization is one direction.',
      'The other direction is co-design of the model architecture and the hardware.',
      'As understanding has deepened, algorithm researchers and hardware experts have been talking more, and people can combine what they each know to find the bottlenecks in the hardware and adjust the algorithms specifically for them.',
      'Flash Attention, for example, is like that: we realized memory access was the main bottleneck, so we redesigned how attention is implemented to reduce memory access. This kind of optimization keeps happening in inference.',
      'One example from DeepSeek is called multi-head latent attention. They found that a lot of the overhead at inference time comes from compressing and transferring the KV cache, so they proposed using a latent projection to project the KV cache into a smaller space, which shrinks the cache dramatically. This works very well in practice and lets you deploy models more efficiently.',
      "Then there's Mixture of Experts (MoE). In MoE, the computation for each token doesn't need to use all of the model's parameters; it only activates some of the experts, and that's sparsity.",
      "Over the past two years, the trend has been to make models sparser and sparser. For example, Mistral's early open-source MoE model activated 2 out of 8 experts, that is, 25%.",
      'And in the latest models from DeepSeek and OpenAI, such as GPT-oss, only 4 out of 128 experts are activated, that is, 1/32. This kind of sparsity is very well suited to serving users at large scale.',
      "Overall, people understand inference workloads much better, and model architectures and inference stacks are co-designed; that's the main source of the recent performance gains.",
    ],
  },

  /** For every quote whose turnId is in this part: its English, a verbatim substring of that turn's English. */
  quotes: {
    'nvidia-1':
      "There are a few reasons Nvidia is dominant: they design very good chips, and they've also built very good software, which together form a complete ecosystem that lets people build more software on top of it.",
    'transformer-2':
      "But I think as workloads increasingly converge on particular architectures, like the Transformer, MoE and so on, it's going to get easier to design chips tailored to those workloads.",
    'amd-1':
      "On the inference side, AMD has some advantages, like more memory, and we're already starting to see some teams trying it out.",
    'interconnect-1':
      "On the training side it's harder: networking is the main bottleneck, and Nvidia is still ahead there.",
    'inference-chips-3':
      'But people now understand what the challenges are in building a great training chip, and what the challenges are in building a great inference chip. In the end it comes down to execution.',
    'nvidia-2':
      'I expect that over the next few years some workloads will move into a "multi-chip" era: it won\'t be like now, with 90% of them running on Nvidia; they\'ll run on a variety of different chips.',
    'transformer-1':
      'I think at the architecture level, if you look at the big picture, it seems things have settled on the Transformer.',
    'mixture-of-experts-1':
      'The most notable thing in the last two years has been Mixture of Experts (MoE). It makes models bigger, with more parameters, but the computation is sparse.',
    'multi-head-latent-attention-2':
      'DeepSeek, for instance, came up with multi-head latent attention, which is a bit different from traditional attention. For example, they use a very large head dimension.',
    'cursor-1': 'but now there are new workloads, like coding workloads—tools like Cursor and Windsurf.',
    'windsurf-1': 'but now there are new workloads, like coding workloads—tools like Cursor and Windsurf.',
    'ai-agents-4':
      "These more agent-like workloads aren't just about running the model; they also need to call tools, like running a Python interpreter, doing web search and so on.",
    'inference-chips-1':
      "I think on the inference side there's going to be diversification; we're already starting to see challenges from companies like Cerebras, Groq and SambaNova.",
    'inference-chips-2':
      'They emphasize that they can do extremely low-latency inference, which is great for certain use cases.',
    'low-latency-inference-3':
      "When we talk to some customers, we find they care a lot about getting the lowest latency possible, and they're willing to pay a higher cost for it.",
    'rl-rollouts-2':
      'At the same time, there are customers who care especially about large-batch, high-throughput inference, for example massive data processing, synthetic data generation, or reinforcement learning training, where you need fast rollouts and have to generate lots of trajectories.',
    'world-models-1':
      'You might bet that chatbots will eventually go away, and that what people really care about is something else, like video models, video generation models, world models, or robotics or something like that.',
    'amd-2':
      'For example, we worked with AMD on a version of Flash Attention before, and we integrated it into the public repository.',
    'flash-attention-2':
      'For example, we worked with AMD on a version of Flash Attention before, and we integrated it into the public repository.',
    'together-ai-1':
      'But as we scale up at Together AI, we have to think: how do we get engineers who join later up to speed faster?',
    'triton-3':
      "But it's the classic trade-off. Triton, for instance, is really nice to use, and it supports Nvidia chips, AMD GPUs, Intel GPUs and so on.",
    'triton-1':
      "I think Triton is actually very good, and a lot of companies are betting on it. For example, Meta's PyTorch compiler generates Triton code directly and then hands it to Triton to generate the low-level code for Nvidia or AMD.",
    'torch-compile-2':
      "For example, Meta's PyTorch compiler generates Triton code directly and then hands it to Triton to generate the low-level code for Nvidia or AMD.",
    'triton-2': "If you lose only 5% of the performance but get 3x the productivity, that's totally worth it.",
    'gpu-kernels-1':
      "So I'd say designing these by hand is actually really hard. I'd even say hardware portability is a bit of a myth.",
    'gpu-kernels-2':
      'Even within Nvidia, the differences between generations are huge. With CPUs, performance might improve only 5%-10% a year and old code still runs, but GPUs are nothing like that.',
    'nvidia-3':
      'With almost every generation of Nvidia chips, all the low-level code has to be rewritten, because the way to get more FLOPS is to add more specialized components, support lower precision, or change the synchronization mechanisms inside the chip.',
    'gluon-1':
      'They even have some lower-level extensions, like Gluon, which is very new, that expose more of the hardware details, at the cost of being less general.',
    'mojo-3': "And there's the company Modular, which is developing the Mojo language.",
    'mojo-1': "I think it's cool. They've definitely found some of the right abstractions. The key is execution.",
    'amd-3':
      'So beyond the abstractions they have to do some customization to make the code run fast enough on Nvidia chips, and then do some customization for AMD.',
    'mojo-2':
      'So beyond the abstractions they have to do some customization to make the code run fast enough on Nvidia chips, and then do some customization for AMD.',
    'mosaic-gpu-1':
      "We're going to see more and more libraries or domain-specific languages like these. For example, there are people at Stanford working on ThunderKittens to abstract GPU programming, and Google has Mosaic GPU.",
    'thunderkittens-1':
      "We're going to see more and more libraries or domain-specific languages like these. For example, there are people at Stanford working on ThunderKittens to abstract GPU programming, and Google has Mosaic GPU.",
    'mosaic-gpu-2':
      "But everyone has realized one problem: we don't have the right abstractions yet. That makes training new people to write high-performance GPU kernels really painful.",
    'memory-bound-inference-1':
      'For example, inference is fundamentally a memory-bound problem, and the key is how to move data as quickly as possible; or how to do matrix multiplication as fast as possible.',
    'gpu-kernels-3':
      'That said, matrix multiplication is so fast that it makes everything else look slow by comparison. So what matters more is how to overlap matrix multiplication with other computation.',
    'llm-kernel-generation-1':
      'Some people are already trying fully automated GPU kernel writing: you just describe the problem, and the LLM generates the kernel code directly.',
    'llm-kernel-generation-3':
      "Models can generate that kind of code reasonably well. But once things get a bit more complex, these models can't write correct code.",
    'synthetic-data-2':
      'but what matters more is the process: how to start from a small amount of expert data and generate a huge amount of synthetic data.',
    'llm-kernel-generation-4': 'For example, the GPU Mode community on Discord is trying to do exactly this.',
    'torch-compile-1':
      'They use a compiler, such as the PyTorch compiler, to convert PyTorch code into Triton code, and Triton here is the lower-level kernel code.',
    'llm-kernel-generation-2':
      'That way they can generate about 15,000 pairs of programs like this—PyTorch programs and their Triton counterparts.',
    'openai-o3-1':
      "I'd say there were roughly two big milestones. One was o3—o3's reasoning ability was a big step forward.",
    'gpt-5-1':
      "Sometimes I'll brainstorm with o3 or GPT-5, like: I have this function, how should I optimize it? What should I watch out for?",
    'openai-o3-2':
      "Sometimes I'll brainstorm with o3 or GPT-5, like: I have this function, how should I optimize it? What should I watch out for?",
    'gpt-5-2': 'The high-level ideas they give are surprisingly good.',
    'claude-code-1':
      'The other was Claude Code. It turns out to be pretty good at writing Triton kernels, which is really great.',
    'tri-dao-2':
      'Because although I like writing kernels, I actually spend more of my time on design: thinking about what kind of architecture to design so it makes better use of the hardware.',
    'claude-code-2': "That's where Claude Code helps a lot. I think it boosts my overall productivity by about 1.5x.",
    'claude-code-4':
      "I'm a heavy Claude Code user. If you have the models work together with humans, rather than expecting them to generate kernels fully automatically, they're actually extremely useful.",
    'claude-code-3': 'I think Claude Code is a classic example of a qualitative leap, because it became more agentic.',
    'ai-agents-2':
      "What I mean by agentic here is that it's good at calling tools, and it knows when it should use a tool.",
    'inference-cost-1': 'Over the past few years, the cost of inference has probably come down by about 100x.',
    'kv-cache-3':
      'Gradually we found that the key problem is data movement—for example, moving the weights between memories, or moving the KV cache around.',
    'memory-bound-inference-2':
      'Gradually we found that the key problem is data movement—for example, moving the weights between memories, or moving the KV cache around.',
    'kv-cache-1':
      'The KV cache is the part of the attention mechanism that stores the history so the next prediction can be generated. So a lot of the optimization has been about how to reduce data movement.',
    'memory-bound-inference-3': 'So a lot of the optimization has been about how to reduce data movement.',
    'quantization-1':
      'Two or three years ago, a parameter typically took 16 bits to represent. Now 8 bits is very common, 4 bits is used a lot in new models, and there are even attempts at 1–2 bits, which is very aggressive.',
    'quantization-2':
      'But experiments show that in many cases quantization causes almost no loss in quality. Of course it takes fairly sophisticated techniques, but it works really well.',
    'gpt-oss-1':
      'For example, in GPT-oss, which OpenAI released recently, most of the layers are quantized to 4 bits. Their model has 120 billion parameters in total, but because each parameter needs only 4 bits, the whole model fits into about 60 GB, and that translates directly into really good inference performance.',
    'quantization-3':
      'For example, in GPT-oss, which OpenAI released recently, most of the layers are quantized to 4 bits.',
    'hardware-software-co-design-3': 'The other direction is co-design of the model architecture and the hardware.',
    'hardware-software-co-design-2':
      'As understanding has deepened, algorithm researchers and hardware experts have been talking more, and people can combine what they each know to find the bottlenecks in the hardware and adjust the algorithms specifically for them.',
    'flash-attention-1':
      'Flash Attention, for example, is like that: we realized memory access was the main bottleneck, so we redesigned how attention is implemented to reduce memory access.',
    'deepseek-2': 'One example from DeepSeek is called multi-head latent attention.',
    'multi-head-latent-attention-1':
      'One example from DeepSeek is called multi-head latent attention. They found that a lot of the overhead at inference time comes from compressing and transferring the KV cache, so they proposed using a latent projection to project the KV cache into a smaller space, which shrinks the cache dramatically.',
    'mixture-of-experts-4':
      "For example, Mistral's early open-source MoE model activated 2 out of 8 experts, that is, 25%.",
    'gpt-oss-2':
      'And in the latest models from DeepSeek and OpenAI, such as GPT-oss, only 4 out of 128 experts are activated, that is, 1/32.',
    'mixture-of-experts-3':
      'And in the latest models from DeepSeek and OpenAI, such as GPT-oss, only 4 out of 128 experts are activated, that is, 1/32. This kind of sparsity is very well suited to serving users at large scale.',
    'hardware-software-co-design-1':
      "Overall, people understand inference workloads much better, and model architectures and inference stacks are co-designed; that's the main source of the recent performance gains.",
  },

  /** Where the English gives a Latin-script word or a digit run differently from the Chinese on purpose. */
  exceptions: [
    {
      turnId: 'chip-design-challenges-12',
      chinese: 'Kittens',
      english: 'ThunderKittens',
      why: "slip in the write-up: Stanford's ThunderKittens is meant",
    },
    {
      turnId: 'chip-design-challenges-12',
      chinese: 'MosaicGPU',
      english: 'Mosaic GPU',
      why: "the write-up runs the name together: Google's project is called Mosaic GPU",
    },
    {
      turnId: 'chip-design-challenges-20',
      chinese: '1.5',
      english: '15,000',
      why: '1.5萬 is 1.5 × 10,000 in Chinese counting: about 15,000 PyTorch–Triton pairs',
    },
    {
      turnId: 'chip-design-challenges-22',
      chinese: 'ClaudeCode',
      english: 'Claude Code',
      why: 'the write-up drops the space: the product is Claude Code',
    },
    {
      turnId: 'chip-design-challenges-24',
      chinese: 'ClaudeCode',
      english: 'Claude Code',
      why: 'the write-up drops the space: the product is Claude Code',
    },
    {
      turnId: 'chip-design-challenges-26',
      chinese: '1200',
      english: '120 billion',
      why: '1200億 is 1200 × 100 million in Chinese counting: 120 billion parameters',
    },
    {
      turnId: 'chip-design-challenges-26',
      chinese: 'MixtureofExperts',
      english: 'Mixture of Experts',
      why: 'the write-up drops the spaces: Mixture of Experts is meant',
    },
  ],
};
